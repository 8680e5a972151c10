from h import *
rng=np.random.default_rng(2004); n=5; A=rng.normal(size=(n,n)); K=A@A.T/n+0.5*np.eye(n); B=rng.normal(size=(n,n)); dK=B+B.T; y=rng.normal(size=n)
Ki=np.linalg.inv(K); ref=0.5*y@Ki@dK@Ki@y-0.5*np.trace(Ki@dK)
run('c2004_gp_lml_gradient', {'K':K, r'\frac{\partial K}{\partial\theta_j}':dK, r'\mathbf{y}':y}, np.array(ref), fn=r'\frac{\partial}{\partial\theta_j}\log p(\mathbf{y}|X, \boldsymbol{\theta})')
