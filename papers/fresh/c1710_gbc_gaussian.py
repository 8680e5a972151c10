from h import *
rng=np.random.default_rng(1710); n=3; x=rng.normal(size=n); mu=rng.normal(size=n); A=rng.normal(size=(n,n)); S=A@A.T+n*np.eye(n)
d=x-mu; v=np.sqrt(1/((2*np.pi)**n*np.linalg.det(S)))*np.exp(-0.5*d@np.linalg.solve(S,d))
run('c1710_gbc_gaussian', {r'\boldsymbol{x}':x, r'\boldsymbol{\mu}':mu, r'\boldsymbol{\Sigma}':S}, np.array(v), fn=r'\mathcal{N}')
