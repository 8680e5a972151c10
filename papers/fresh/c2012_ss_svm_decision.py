from h import *
rng=np.random.default_rng(2012); m=6; a=rng.random(m); y=rng.choice([-1.,1.],m); k=rng.random(m)
for b in (0.3,-2.0):
    run('c2012_ss_svm_decision', {r'\boldsymbol{\alpha}':a, r'\mathbf{y}':y, r'k(\mathbf{x}, \mathbf{x}_i)':k, 'b':b}, np.array(np.sign((y*a*k).sum()+b)))
