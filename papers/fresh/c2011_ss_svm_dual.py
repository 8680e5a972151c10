from h import *
rng=np.random.default_rng(2011); m=6; X=rng.normal(size=(m,2)); K=np.exp(-((X[:,None]-X[None])**2).sum(-1)); a=rng.random(m); y=rng.choice([-1.,1.],m)
run('c2011_ss_svm_dual', {r'\boldsymbol{\alpha}':a, r'\mathbf{y}':y, r'k(\mathbf{x}_i, \mathbf{x}_j)':K}, np.array(a.sum()-0.5*(a*y)@K@(a*y)))
