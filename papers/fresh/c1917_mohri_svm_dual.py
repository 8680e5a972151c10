from h import *
rng=np.random.default_rng(1917); m,N=5,3; a=rng.uniform(size=m); y=rng.choice([-1.,1.],size=m); x=rng.normal(size=(m,N))
v=a*y; run('c1917_mohri_svm_dual', {r'\boldsymbol{\alpha}':a, 'y':y, r'\mathbf{x}':x}, np.array(a.sum()-0.5*v@(x@x.T)@v), fn='G')
