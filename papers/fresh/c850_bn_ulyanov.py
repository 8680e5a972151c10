from h import *
rng=np.random.default_rng(850); Tn,C,W,H=3,4,2,5; x=rng.normal(size=(Tn,C,W,H))
X=T(x); m=X.mean((0,2,3),keepdim=True); v=((X-m)**2).mean((0,2,3),keepdim=True)
run('c850_bn_ulyanov', {'x':x}, ((X-m)/(v+1e-5).sqrt()).numpy(), fn='y')
