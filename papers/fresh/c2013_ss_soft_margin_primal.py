from h import *
rng=np.random.default_rng(2013); N,m=4,6; w_=rng.normal(size=N); xi=rng.random(m); C=2.0
run('c2013_ss_soft_margin_primal', {r'\mathbf{w}':w_, r'\boldsymbol{\xi}':xi, 'C':C}, np.array(0.5*w_@w_+C/m*xi.sum()))
