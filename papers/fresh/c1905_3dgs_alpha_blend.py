from h import *
rng=np.random.default_rng(1905); N=5; c=rng.uniform(size=(N,3)); a=rng.uniform(0,0.8,N)
Tt=np.concatenate([[1.0],np.cumprod(1-a)[:-1]])
run('c1905_3dgs_alpha_blend', {'c':c, r'\alpha':a}, ((a*Tt)[:,None]*c).sum(0), fn='C')
