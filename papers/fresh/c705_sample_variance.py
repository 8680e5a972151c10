from h import *
rng=np.random.default_rng(705); n=7
x=rng.normal(size=n)
run('c705_sample_variance', {'x':x}, x.var(ddof=1), fn='s^2')
