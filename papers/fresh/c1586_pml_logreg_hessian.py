from h import *
rng=np.random.default_rng(1586); N,D=6,3; X=rng.normal(size=(N,D)); mu=rng.uniform(0.1,0.9,size=N)
run('c1586_pml_logreg_hessian', {r'\mathbf{X}':X, r'\mu':mu}, X.T@np.diag(mu*(1-mu))@X/N, fn=r'\mathbf{H}')
