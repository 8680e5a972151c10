from h import *
rng=np.random.default_rng(1795); n=5; a=rng.normal(size=n); g=0.7
run('c1795_softdtw_softmin', {'a':a, r'\gamma':g}, np.array(-g*np.log(np.sum(np.exp(-a/g)))), fn=r'\min')
