from h import *
rng=np.random.default_rng(1390); n,s=6,4; a=rng.random((n,s))
run('c1390_weng_sparse_ae_rho', {r'a^{(l)}(\mathbf{x})':a, r'\rho':0.05}, a.mean(0), fn=r'\hat{\rho}_j^{(l)}')
