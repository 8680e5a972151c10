from h import *
rng=np.random.default_rng(990); n,D,d=5,3,2; X=rng.normal(size=(n,D)); A=rng.normal(size=(d,D))*0.5
Z=X@A.T; E=np.exp(-((Z[:,None]-Z[None])**2).sum(-1)); np.fill_diagonal(E,0); p=E/E.sum(1,keepdims=True)
run('c990_nca', {'x':X,'A':A}, p, fn='p')
