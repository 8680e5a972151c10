from h import *
rng=np.random.default_rng(1528); N,K=8,3; P=rng.normal(size=(N,K)); y=rng.normal(size=N); s,b=0.5,2.0
run('c1528_mml_theta_map', {r'\boldsymbol{\Phi}':P, r'\boldsymbol{y}':y, r'\sigma':s, 'b':b}, np.linalg.solve(P.T@P+s**2/b**2*np.eye(K), P.T@y), fn=r'\boldsymbol{\theta}_{\text{MAP}}')
