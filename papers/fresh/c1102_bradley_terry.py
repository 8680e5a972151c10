from h import *
rng=np.random.default_rng(1102); n=4; p=rng.uniform(0.1,3,n)
run('c1102_bradley_terry', {r'\pi':p}, (T(p)[:,None]/(T(p)[:,None]+T(p)[None,:])).numpy(), fn='P')
