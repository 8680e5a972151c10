from h import *
rng=np.random.default_rng(1863); x=rng.normal(size=(5,3)); D=np.linalg.norm(x[:,None]-x[None],axis=-1); np.fill_diagonal(D,np.inf)
run('c1863_koleo', {'x':x}, -np.mean(np.log(D.min(1))), fn=r'\mathcal{L}_{\mathrm{koleo}}')
