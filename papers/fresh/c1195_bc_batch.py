from h import *
rng=np.random.default_rng(1195); N=6; pi=rng.normal(size=N); a=rng.normal(size=N)
run('c1195_bc_batch', {r'\pi(s_i)':pi,'a':a}, np.array(((pi-a)**2).mean()), fn='L_{BC}')
