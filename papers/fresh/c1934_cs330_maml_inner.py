from h import *
rng=np.random.default_rng(1934); K,d=5,3; X=rng.normal(size=(K,d)); y=rng.normal(size=K); th=rng.normal(size=d); a=0.1
run('c1934_cs330_maml_inner', {'X':X, 'y':y, r'\theta':th, r'\alpha':a}, th-a*X.T@(X@th-y), fn=r'\phi_i')
