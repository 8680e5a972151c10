from h import *
rng=np.random.default_rng(714); n,m,d=4,5,3
X=rng.normal(size=(n,d)); Y=rng.normal(size=(m,d))
run('c714_sqdist_matrix', {'X':X,'Y':Y}, ((X[:,None,:]-Y[None,:,:])**2).sum(-1))
