from h import *
rng=np.random.default_rng(1892); k=4; q=rng.dirichlet(np.ones(k)); W=rng.normal(size=(k,k)); b=rng.normal(size=k)
run('c1892_dirichlet_calibration', {r'\mathbf{q}':q, r'\mathbf{W}':W, r'\mathbf{b}':b}, torch.softmax(T(W)@torch.log(T(q))+T(b),0).numpy(), fn=r'\hat{\boldsymbol{\mu}}_{DirL}')
