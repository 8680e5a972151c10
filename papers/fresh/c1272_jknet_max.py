from h import *
rng=np.random.default_rng(1272); k,n,d=3,5,4; h=rng.normal(size=(k,n,d))
run('c1272_jknet_max', {'h':h}, h.max(0), fn='h^{final}')
