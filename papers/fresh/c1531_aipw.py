from h import *
rng=np.random.default_rng(1531); n=12; Tr=rng.integers(0,2,n).astype(float); Y=rng.normal(size=n); e=rng.uniform(0.2,0.8,n); m1=rng.normal(size=n); m0=rng.normal(size=n)
t,y,ee,a,b=map(T,(Tr,Y,e,m1,m0))
run('c1531_aipw', {'T':Tr,'Y':Y,r'\hat{e}(X)':e,r'\hat{\mu}_1(X)':m1,r'\hat{\mu}_0(X)':m0}, (a-b+t*(y-a)/ee-(1-t)*(y-b)/(1-ee)).mean().numpy(), fn=r'\hat{\tau}_{AIPW}')
