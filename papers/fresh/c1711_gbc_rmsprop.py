from h import *
rng=np.random.default_rng(1711); n=5; r=rng.random(n); g=rng.normal(size=n); th=rng.normal(size=n); rho=0.9; e=0.01; dl=1e-6
r2=rho*r+(1-rho)*g*g
run('c1711_gbc_rmsprop', {r'\boldsymbol{r}':r, r'\boldsymbol{g}':g, r'\boldsymbol{\theta}':th, r'\rho':rho, r'\epsilon':e, r'\delta':dl}, th-e/np.sqrt(dl+r2)*g, fn=r"\boldsymbol{\theta}'")
