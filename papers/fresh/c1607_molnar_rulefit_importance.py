from h import *
rng=np.random.default_rng(1607); n,K=8,3; R=(rng.random((n,K))<0.4).astype(float); a=rng.normal(size=K); s=R.mean(0)
run('c1607_molnar_rulefit_importance', {r'r_k(\mathbf{x}^{(i)})':R, r'\hat{\alpha}':a}, np.abs(a)*np.sqrt(s*(1-s)), fn='I')
