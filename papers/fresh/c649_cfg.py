from h import *
rng=np.random.default_rng(649); D=5
c,u=rng.normal(size=D),rng.normal(size=D); w=1.5
run('c649_cfg', {r'\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda, \mathbf{c})':c, r'\boldsymbol{\epsilon}_\theta(\mathbf{z}_\lambda)':u, 'w':w}, (1+w)*c-w*u, fn=r'\tilde{\boldsymbol{\epsilon}}_\theta')
