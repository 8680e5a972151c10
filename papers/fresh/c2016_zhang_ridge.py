from h import *
rng=np.random.default_rng(2016); n,d=7,3; X=rng.normal(size=(n,d)); y=rng.normal(size=n); lam=0.2
run('c2016_zhang_ridge', {'x_i':X, 'y':y, r'\lambda':lam}, np.linalg.solve(X.T@X/n+lam*np.eye(d), X.T@y/n), fn=r'\hat{w}')
