from h import *
rng=np.random.default_rng(989); N=5; X=rng.normal(size=(N,2)); K=np.exp(-((X[:,None]-X[None])**2).sum(-1)); k=rng.random(N); t=rng.normal(size=N); lam=0.3
run('c989_kernel_ridge_prml', {r'\mathbf{K}':K, r'\mathbf{k}(\mathbf{x})':k, r'\mathbf{t}':t, r'\lambda':lam}, np.array(k@np.linalg.solve(K+lam*np.eye(N),t)))
