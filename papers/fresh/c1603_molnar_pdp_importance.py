from h import *
rng=np.random.default_rng(1603); K=7; f=rng.normal(size=K)
run('c1603_molnar_pdp_importance', {r'\hat{f}_S(\mathbf{x}^{(k)}_S)':f}, np.std(f, ddof=1), fn='I')
