from h import *
rng=np.random.default_rng(560); N=6
s=rng.uniform(0,2,size=N); dl=rng.uniform(0.1,0.5,size=N); c=rng.uniform(size=(N,3))
Ti=np.exp(-np.concatenate([[0],np.cumsum(s*dl)[:-1]]))
out=((Ti*(1-np.exp(-s*dl)))[:,None]*c).sum(0)
run('c560_nerf_render', {r'\sigma':s,r'\delta':dl,r'\mathbf{c}':c}, out, fn=r'\hat{C}')
