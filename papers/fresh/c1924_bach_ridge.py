from h import *
rng=np.random.default_rng(1924); n,d=8,3; P=rng.normal(size=(n,d)); y=rng.normal(size=n); l=0.2
run('c1924_bach_ridge', {r'\Phi':P, 'y':y, r'\lambda':l}, np.linalg.solve(P.T@P+n*l*np.eye(d), P.T@y), fn=r'\hat{\theta}_\lambda')
