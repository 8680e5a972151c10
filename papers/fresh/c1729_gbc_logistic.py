from h import *
rng=np.random.default_rng(1729); m,n=4,3; X=rng.normal(size=(m,n)); th=rng.normal(size=n)
run('c1729_gbc_logistic', {r'\boldsymbol{X}':X, r'\boldsymbol{\theta}':th}, 1/(1+np.exp(-X@th)), fn='p')
