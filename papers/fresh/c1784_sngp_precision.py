from h import *
rng=np.random.default_rng(1784); N,D=6,3; Ph=rng.normal(size=(N,D)); p=rng.uniform(0.05,0.95,size=N)
run('c1784_sngp_precision', {r'\Phi':Ph, r'\hat{p}':p}, np.eye(D)+(Ph.T*(p*(1-p)))@Ph, fn=r'\widehat{\Sigma}^{-1}', dims={'D_L':D})
