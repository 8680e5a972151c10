from h import *
rng=np.random.default_rng(651); k=5
R=rng.normal(size=k); b=(R.sum()-R)/(k-1)
run('c651_rloo_baseline', {'R':R}, R-b, fn='A')
