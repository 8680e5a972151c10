from h import *
rng=np.random.default_rng(1783); Tn,d=6,4; th=rng.normal(size=(Tn,d))
run('c1783_swag_diag', {r'\theta':th}, np.diag((th**2).mean(0)-th.mean(0)**2), fn=r'\Sigma_{\text{diag}}')
