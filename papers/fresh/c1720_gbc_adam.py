from h import *
rng=np.random.default_rng(1720); n=5; s=rng.normal(size=n); r=rng.random(n); g=rng.normal(size=n); th=rng.normal(size=n)
r1,r2,e,d,t=0.9,0.999,0.001,1e-8,3.0
s2=r1*s+(1-r1)*g; rr=r2*r+(1-r2)*g*g; sh=s2/(1-r1**t); rh=rr/(1-r2**t)
run('c1720_gbc_adam', {r'\boldsymbol{s}':s, r'\boldsymbol{r}':r, r'\boldsymbol{g}':g, r'\boldsymbol{\theta}':th, r'\rho_1':r1, r'\rho_2':r2, r'\epsilon':e, r'\delta':d, 't':t}, th-e*sh/(np.sqrt(rh)+d), fn=r'\boldsymbol{\theta}')
