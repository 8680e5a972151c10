from h import *
rng=np.random.default_rng(1565); n=8; y=rng.normal(size=n); yh=y+0.5*rng.normal(size=n)
run('c1565_sklearn_explained_variance', {'y':y, r'\hat{y}':yh}, 1-np.var(y-yh)/np.var(y), fn='explained\\_{}variance')
