from h import *
rng=np.random.default_rng(1356); d=5; x=rng.normal(size=d); e=rng.normal(size=d); a=0.93
run('c1356_lw_forward_step', {r'\mathbf{x}_{t-1}':x, r'\boldsymbol{\epsilon}_{t-1}':e, r'\alpha_t':a}, np.sqrt(a)*x+np.sqrt(1-a)*e, fn=r'\mathbf{x}_t')
