from h import *
rng=np.random.default_rng(1738); D=5; x,eu,ec=(rng.normal(size=D) for _ in range(3)); at,ap,lam=0.5,0.6,0.4
el=eu+lam*(ec-eu); x0=(x-np.sqrt(1-at)*el)/np.sqrt(at); out=np.sqrt(ap)*x0+np.sqrt(1-ap)*eu
run('c1738_cfgpp', {r'\mathbf{x}_t':x, r'\hat{\boldsymbol{\epsilon}}_\varnothing(\mathbf{x}_t)':eu, r'\hat{\boldsymbol{\epsilon}}_c(\mathbf{x}_t)':ec, r'\bar{\alpha}_t':at, r'\bar{\alpha}_{t-1}':ap, r'\lambda':lam}, out, fn=r'\mathbf{x}_{t-1}')
