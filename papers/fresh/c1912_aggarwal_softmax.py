from h import *
rng=np.random.default_rng(1912); k=5; v=rng.normal(size=k)
run('c1912_aggarwal_softmax', {'v':v}, np.exp(v)/np.exp(v).sum(), fn=r'\hat{y}_i')
