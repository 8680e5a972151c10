from h import *
rng=np.random.default_rng(781); K,d=5,3
X=rng.normal(size=(K,d)); y=rng.normal(size=K); th=rng.normal(size=d); a=0.1
P=T(th).requires_grad_(); ((T(X)@P-T(y))**2).sum().backward()
run('c781_maml_inner', {'X':X,'y':y,r'\theta':th,r'\alpha':a}, (T(th)-a*P.grad).numpy())
