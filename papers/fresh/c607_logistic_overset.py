from h import *
rng=np.random.default_rng(607); d=4; w,x=rng.normal(size=d),rng.normal(size=d); b=0.3
run('c607_logistic_overset', {r'\mathbf{w}':w, r'\mathbf{x}':x, 'b':b}, torch.sigmoid(T(w)@T(x)+b).numpy(), fn='p')
