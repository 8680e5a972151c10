from h import *
rng=np.random.default_rng(1803); N,K,M=4,3,5; w=rng.normal(size=(K,M)); ph=rng.normal(size=(N,M)); lab=rng.integers(0,K,N); Tt=np.eye(K)[lab]
a=ph@w.T; y=np.exp(a)/np.exp(a).sum(1,keepdims=True); E=-(Tt*np.log(y)).sum()
run('c1803_bishop_multiclass_ce', {r'\mathbf{w}':w, r'\boldsymbol{\phi}':ph, r'\mathbf{T}':Tt}, np.array(E), fn='E')
