from h import *
rng=np.random.default_rng(640); D=4
x0,e=rng.normal(size=D),rng.normal(size=D); W=rng.normal(size=(D,D))*0.5; ab=0.6
xt=np.sqrt(ab)*x0+np.sqrt(1-ab)*e
run('c640_ddpm_simple_loss', {r'\mathbf{x}_0':x0, r'\boldsymbol{\epsilon}':e, 'W':W, r'\bar\alpha_t':ab}, np.sum((e-W@xt)**2), fn=r'L_{\mathrm{simple}}')
