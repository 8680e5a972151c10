from h import *
rng=np.random.default_rng(432); w=rng.normal(size=(4,6)); Wt=T(w)
m=Wt.mean(1,keepdim=True); s=(((Wt-m)**2).mean(1,keepdim=True)+1e-5).sqrt()
run('c432_weight_std', {'W':w}, ((Wt-m)/s).numpy(), fn=r'\hat{W}')
