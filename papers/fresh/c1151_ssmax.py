from h import *
rng=np.random.default_rng(1151); n=7; z=rng.normal(size=n); s=0.6
run('c1151_ssmax', {'z':z,'s':s}, torch.softmax(T(z)*s*np.log(n),0).numpy())
