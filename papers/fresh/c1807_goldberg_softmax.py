from h import *
rng=np.random.default_rng(1807); k=5; x=rng.normal(size=k)
run('c1807_goldberg_softmax', {r'\mathbf{x}':x}, np.exp(x)/np.exp(x).sum(), fn=r'\text{softmax}')
