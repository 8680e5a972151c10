from h import *
rng=np.random.default_rng(2045); B,D=4,3
x0,e,v=(rng.normal(size=(B,D)) for _ in range(3)); t=rng.uniform(size=B)
zt=(1-t)[:,None]*x0+t[:,None]*e
run('c2045_rf_batch_loss', {r'\mathbf{x}_0':x0, r'\boldsymbol{\epsilon}':e, r'v_\Theta(z_t, t)':v, 't':t}, {'z_t':zt, 'l_cal':((v-(e-x0))**2).sum(1).mean()}, fn=['z_t', r'\mathcal{L}'])
