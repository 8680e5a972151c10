from h import *
rng=np.random.default_rng(2005); n=5; A=rng.normal(size=(n,n)); K=A@A.T/n+0.5*np.eye(n); y=rng.normal(size=n)
Ki=np.linalg.inv(K); d=np.diag(Ki)
run('c2005_gp_loo', {'K':K, r'\mathbf{y}':y}, y-(Ki@y)/d, fn=r'\mu')
run('c2005_gp_loo', {'K':K, r'\mathbf{y}':y}, 1/d, fn=r'\sigma^2')
