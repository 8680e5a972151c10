from h import *
rng=np.random.default_rng(1478); K,d=5,3; X=rng.normal(size=(K,d)); y=rng.normal(size=K); th=rng.normal(size=d); a=0.05
g=2*X.T@(X@th-y)
run('c1478_maml_linear', {r'\mathbf{x}':X, r'\mathbf{y}':y, r'\theta':th, r'\alpha':a}, th-a*g, fn=r"\theta_i'")
