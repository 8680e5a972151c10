from h import *
rng=np.random.default_rng(1176); n=6; x,e=rng.normal(size=n),rng.normal(size=n); t,g=1.7,0.2
th=t+g*t; run('c1176_edm_churn', {r'\boldsymbol{x}_i':x,r'\boldsymbol{\epsilon}_i':e,'t_i':t,r'\gamma_i':g}, x+np.sqrt(th**2-t**2)*e, fn=r'\hat{\boldsymbol{x}}')
