from h import *
rng=np.random.default_rng(1488); R=np.linalg.qr(rng.normal(size=(3,3)))[0]; S=np.diag(rng.random(3)+0.1); W=rng.normal(size=(3,3)); J=rng.normal(size=(2,3))
Sg=R@S@S.T@R.T
run('c1488_3dgs_cov', {'R':R,'S':S,'W':W,'J':J}, J@W@Sg@W.T@J.T, fn=r"\Sigma'")
