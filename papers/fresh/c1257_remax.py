from h import *
rng=np.random.default_rng(1257); N,Tn=4,5; lp=-rng.uniform(0.1,3,size=(N,Tn)); r=rng.normal(size=N); rb=rng.normal(size=N)
run('c1257_remax', {r'\log \pi_\theta(a_t^i | x^i, a_{1:t-1}^i)':lp,'r(x^i, a_{1:T}^i)':r,r'r(x^i, \bar{a}_{1:T}^i)':rb}, np.array(-(lp.sum(1)*(r-rb)).mean()))
