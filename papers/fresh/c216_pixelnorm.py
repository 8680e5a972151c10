from h import *
rng=np.random.default_rng(216); N,H,W=4,3,5; a=rng.normal(size=(N,H,W))
A=T(a); run('c216_pixelnorm', {'a':a}, (A/((A**2).mean(0,keepdim=True)+1e-8).sqrt()).numpy(), fn='b')
