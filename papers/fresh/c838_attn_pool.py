from h import *
rng=np.random.default_rng(838); n=6
xs=rng.normal(size=n); ys=rng.normal(size=n); x=0.3
a=torch.softmax(T(-(x-xs)**2/2),0).numpy()
run('c838_attn_pool', {'x':x,'x_i':xs,'y_i':ys}, (a*ys).sum(), fn='f')
