from h import *
rng=np.random.default_rng(837); n=6
xs=rng.normal(size=n); ys=rng.normal(size=n); x=0.3
k=np.exp(-(x-xs)**2/2)
run('c837_nadaraya', {'x':x,'x_i':xs,'y_i':ys}, (k/k.sum()*ys).sum(), fn='f')
