from h import *
rng=np.random.default_rng(1749); V=8; l=rng.normal(size=V)*2; n=1.0
lt=np.where(l>=l.max()-n*l.std(),l,-np.inf)
run('c1749_top_nsigma', {'l':l,'n':n}, torch.softmax(T(lt),0).numpy(), fn='p')
