from h import *
rng=np.random.default_rng(1610); n,p=5,3; X=rng.normal(size=(n,p)); b=rng.normal(size=p)
run('c1610_molnar_logistic', {r'\mathbf{x}^{(i)}':X, r'\boldsymbol{\beta}':b}, 1/(1+np.exp(-X@b)), fn=r'\mathbb{P}')
