from h import *
rng=np.random.default_rng(1782); n,d=5,3; X=rng.normal(size=(n,d)); x=rng.normal(size=d); h=1.3
k=np.exp(-np.sum((X-x)**2,1)/h); phi=(k[:,None]*(-X) + k[:,None]*(-2/h)*(X-x)).mean(0)
run('c1782_svgd', {r'x^\ell':X, 'x':x, 'h':h}, phi, fn=r'\hat{\boldsymbol{\phi}}^*')
