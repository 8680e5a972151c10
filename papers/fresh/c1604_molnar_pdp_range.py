from h import *
rng=np.random.default_rng(1604); K=5; f=rng.normal(size=K)
run('c1604_molnar_pdp_range', {r'\hat{f}_S(\mathbf{x}^{(k)}_S)':f}, (f.max()-f.min())/4, fn='I')
