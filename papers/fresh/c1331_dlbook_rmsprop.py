from h import *
rng=np.random.default_rng(1331); d=5; g,th=rng.normal(size=d),rng.normal(size=d); r=rng.uniform(size=d); rho,eps,dl=0.9,0.001,1e-6
r2=rho*r+(1-rho)*g*g; dth=-eps/np.sqrt(dl+r2)*g
run('c1331_dlbook_rmsprop', {r'\boldsymbol{g}':g,r'\boldsymbol{r}':r,r'\boldsymbol{\theta}':th,r'\rho':rho,r'\epsilon':eps,r'\delta':dl}, th+dth, fn=r'\boldsymbol{\theta}')
