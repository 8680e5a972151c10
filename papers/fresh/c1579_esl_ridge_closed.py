from h import *
rng=np.random.default_rng(1579); N,p=8,3; X=rng.normal(size=(N,p)); y=rng.normal(size=N); lam=0.5
run('c1579_esl_ridge_closed', {r'\mathbf{X}':X, r'\mathbf{y}':y, r'\lambda':lam}, np.linalg.solve(X.T@X+lam*np.eye(p), X.T@y), fn=r'\hat{\beta}^{\text{ridge}}')
