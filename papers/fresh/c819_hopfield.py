from h import *
rng=np.random.default_rng(819); d,N=4,6
X=rng.normal(size=(d,N)); xi=rng.normal(size=d); be=1.5
run('c819_hopfield', {'X':X,r'\boldsymbol{\xi}':xi,r'\beta':be}, X@torch.softmax(T(be*X.T@xi),0).numpy())
