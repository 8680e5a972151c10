from h import *
rng=np.random.default_rng(1486); N=7; s=rng.random(N)*2; dl=rng.random(N)*0.5; c=rng.random((N,3))
T=np.exp(-np.concatenate([[0],np.cumsum(s*dl)[:-1]])); w=T*(1-np.exp(-s*dl))
run('c1486_nerf_weights', {r'\sigma':s, r'\delta':dl, 'c':c}, {'c_hat_c':w@c, 'w_hat':w/w.sum()}, fn=[r'\hat{C}_c', r'\hat{w}'])
