from h import *
rng=np.random.default_rng(1487); N=6; c=rng.random((N,3)); a=rng.random(N)*0.9
T=np.concatenate([[1],np.cumprod(1-a)[:-1]])
run('c1487_3dgs_blend', {'c':c, r'\alpha':a}, (a*T)@c, fn='C')
