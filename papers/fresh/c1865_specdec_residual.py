from h import *
rng=np.random.default_rng(1865); p=rng.dirichlet(np.ones(6)); q=rng.dirichlet(np.ones(6)); r=np.maximum(0,p-q)
run('c1865_specdec_residual', {'p':p,'q':q}, r/r.sum(), fn="p'")
