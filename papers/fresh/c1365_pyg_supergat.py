from h import *
rng=np.random.default_rng(1365); n,F,f=5,3,4; x=rng.normal(size=(n,F)); Th=rng.normal(size=(f,F)); a=rng.normal(size=2*f)
h=x@Th.T; e=(h@a[:f])[:,None]+(h@a[f:])[None,:]; e=e*torch.sigmoid(T(h@h.T)).numpy()
run('c1365_pyg_supergat', {r'\mathbf{x}':x, r'\mathbf{\Theta}':Th, r'\mathbf{a}':a}, e, fn='e')
