from h import *
rng=np.random.default_rng(1601); n,p=6,3; X=rng.normal(size=(n,p)); y=rng.normal(size=n); b=rng.normal(size=p); lam=0.3
run('c1601_molnar_lasso_objective', {r'\mathbf{x}^{(i)}':X, 'y^{(i)}':y, r'\boldsymbol{\beta}':b, r'\lambda':lam}, np.mean((y-X@b)**2)+lam*np.abs(b).sum(), fn='J')
