from h import *
rng=np.random.default_rng(707); m,n=3,4
A,B=rng.normal(size=(m,n)),rng.normal(size=(m,n))
run('c707_trace_inner', {'A':A,'B':B}, (A*B).sum())
