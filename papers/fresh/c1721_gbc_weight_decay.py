from h import *
rng=np.random.default_rng(1721); m,n=8,3; X=rng.normal(size=(m,n)); y=rng.normal(size=m); w=rng.normal(size=n); a=0.1; e=0.05
grad=2/m*X.T@(X@w-y)
run('c1721_gbc_weight_decay', {r'\boldsymbol{X}':X, r'\boldsymbol{y}':y, r'\boldsymbol{w}':w, r'\alpha':a, r'\epsilon':e}, (1-e*a)*w-e*grad, fn=r'\boldsymbol{w}')
