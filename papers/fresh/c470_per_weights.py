from h import *
rng=np.random.default_rng(470); N=7; p=rng.uniform(0.1,2,size=N); a,b=0.6,0.4
P=T(p)**a/(T(p)**a).sum(); w=(1/N/P)**b
run('c470_per_weights', {'p':p,r'\alpha':a,r'\beta':b}, (w/w.max()).numpy(), fn=r'\tilde{w}')
