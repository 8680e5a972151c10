from h import *
rng=np.random.default_rng(19); n=7; y,yh=rng.normal(size=n),rng.normal(size=n); tau=0.3
u=T(y)-T(yh); exp=(u*(tau-(u<0).double())).mean()
run('c19_pinball', {'y':y,'\\hat{y}':yh,'\\tau':tau}, exp.numpy())
