from h import *
rng=np.random.default_rng(1360); d=5; c=rng.normal(size=d); u=rng.normal(size=d); w=3.0
run('c1360_lw_cfg', {r'\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t, y)':c, r'\boldsymbol{\epsilon}_\theta(\mathbf{x}_t, t)':u, 'w':w}, (w+1)*c-w*u, fn=r'\bar{\boldsymbol{\epsilon}}_\theta')
