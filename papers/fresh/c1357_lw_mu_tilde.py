from h import *
rng=np.random.default_rng(1357); d=5; x=rng.normal(size=d); e=rng.normal(size=d); a,ab=0.95,0.4
run('c1357_lw_mu_tilde', {r'\mathbf{x}_t':x, r'\boldsymbol{\epsilon}_t':e, r'\alpha_t':a, r'\bar{\alpha}_t':ab}, (x-(1-a)/np.sqrt(1-ab)*e)/np.sqrt(a), fn=r'\tilde{\boldsymbol{\mu}}_t')
