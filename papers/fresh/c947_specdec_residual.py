from h import *
rng=np.random.default_rng(947); V=7
p=rng.dirichlet(np.ones(V)); q=rng.dirichlet(np.ones(V))
r=np.maximum(0,p-q)
run('c947_specdec_residual', {'p':p,'q':q}, r/r.sum(), fn="p'")
