from h import *
rng=np.random.default_rng(466); d=6; ec,eu=rng.normal(size=d),rng.normal(size=d); w=2.0
run('c466_cfg', {r'\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c})':ec, r'\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda)':eu, 'w':w}, ((1+w)*T(ec)-w*T(eu)).numpy())
