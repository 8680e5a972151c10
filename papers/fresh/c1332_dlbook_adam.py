from h import *
rng=np.random.default_rng(1332); d=5; g,s,th=(rng.normal(size=d) for _ in range(3)); r=rng.uniform(size=d); r1,r2,eps,dl,t=0.9,0.999,0.001,1e-8,2
s2=r1*s+(1-r1)*g; rr=r2*r+(1-r2)*g*g; sh_=s2/(1-r1**t); rh=rr/(1-r2**t)
run('c1332_dlbook_adam', {r'\boldsymbol{g}':g,r'\boldsymbol{s}':s,r'\boldsymbol{r}':r,r'\boldsymbol{\theta}':th,r'\rho_1':r1,r'\rho_2':r2,r'\epsilon':eps,r'\delta':dl,'t':t}, th-eps*sh_/(np.sqrt(rh)+dl), fn=r'\boldsymbol{\theta}')
