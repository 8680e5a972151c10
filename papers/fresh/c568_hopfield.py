from h import *
rng=np.random.default_rng(568); d,N=4,6
X=rng.normal(size=(d,N)); xi=rng.normal(size=d); beta=0.7
out=X@torch.softmax(torch.tensor(beta*X.T@xi),0).numpy()
run('c568_hopfield', {'X':X,r'\boldsymbol{\xi}':xi,r'\beta':beta}, out)
