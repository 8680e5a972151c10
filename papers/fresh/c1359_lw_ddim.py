from h import *
rng=np.random.default_rng(1359); d=5; x=rng.normal(size=d); ep=rng.normal(size=d); z=rng.normal(size=d); ab,abp,s=0.3,0.5,0.2
e=np.sqrt(abp)*(x-np.sqrt(1-ab)*ep)/np.sqrt(ab)+np.sqrt(1-abp-s**2)*ep+s*z
run('c1359_lw_ddim', {r'\mathbf{x}_t':x, r'\boldsymbol{\epsilon}^{(t)}_\theta(\mathbf{x}_t)':ep, r'\boldsymbol{\epsilon}_t':z, r'\bar{\alpha}_t':ab, r'\bar{\alpha}_{t-1}':abp, r'\sigma_t':s}, e, fn=r'\mathbf{x}_{t-1}')
