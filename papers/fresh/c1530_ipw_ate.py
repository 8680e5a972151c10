from h import *
rng=np.random.default_rng(1530); n=12; Tr=rng.integers(0,2,n).astype(float); Y=rng.normal(size=n); e=rng.uniform(0.2,0.8,n)
t,y,ee=T(Tr),T(Y),T(e)
run('c1530_ipw_ate', {'T':Tr,'Y':Y,r'\hat{e}(X)':e}, (t*y/ee-(1-t)*y/(1-ee)).mean().numpy(), fn=r'\hat{\tau}_{IPW}')
