from h import *
rng=np.random.default_rng(1919); m,N=6,3; xs=rng.normal(size=(m,N)); x=rng.normal(size=N); a=rng.uniform(size=m); y=rng.choice([-1.,1.],size=m); b=0.05; s=1.3
k=np.exp(-((xs-x)**2).sum(1)/(2*s*s)); run('c1919_mohri_gaussian_kernel_svm', {r'\mathbf{x}_s':xs, r'\mathbf{x}':x, r'\boldsymbol{\alpha}':a, r'\mathbf{y}':y, 'b':b, r'\sigma':s}, np.array(np.sign((a*y*k).sum()+b)), fn='h')
