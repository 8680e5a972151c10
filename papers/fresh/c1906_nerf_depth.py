from h import *
rng=np.random.default_rng(1906); N=6; s=rng.uniform(0,2,N); dl=rng.uniform(0.1,0.5,N); t=np.cumsum(dl)
Tt=np.exp(-np.concatenate([[0.0],np.cumsum(s*dl)[:-1]]))
run('c1906_nerf_depth', {r'\sigma':s, r'\delta':dl, 't':t}, np.array((Tt*(1-np.exp(-s*dl))*t).sum()), fn=r'\hat{D}')
