from h import *
rng=np.random.default_rng(1676); Tn,d=6,4; al=1-np.linspace(0.05,0.3,Tn); t=4; x0=rng.normal(size=d); e=rng.normal(size=d)
ab=np.prod(al[:t])
run('c1676_cs236_ddpm_marginal', {r'\boldsymbol{\alpha}':al, 't':t, r'\mathbf{x}_0':x0, r'\boldsymbol{\epsilon}':e}, np.sqrt(ab)*x0+np.sqrt(1-ab)*e, fn=r'\mathbf{x}_t')
