from h import *
rng=np.random.default_rng(1343); k,d=4,3; X=rng.normal(size=(k,d)); th=rng.normal(size=d)
run('c1343_sb_softmax_prefs', {'X':X,r'\boldsymbol{\theta}':th}, torch.softmax(T(X)@T(th),0).numpy(), fn=r'\pi')
