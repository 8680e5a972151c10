from h import *
rng=np.random.default_rng(1935); D,N=4,3; f=rng.normal(size=D); c=rng.normal(size=(N,D))
e=np.exp(-((c-f)**2).sum(1)); run('c1935_cs330_protonet', {r'f_\phi(\mathbf{x})':f, r'\mathbf{c}':c}, e/e.sum(), fn=r'p_\phi')
