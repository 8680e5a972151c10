from h import *
rng=np.random.default_rng(1570); n=4; x=rng.normal(size=n); y=rng.normal(size=n); g,c0,d=0.5,1.0,3.0
run('c1570_sklearn_poly_kernel', {'x':x,'y':y, r'\gamma':g,'c_0':c0,'d':d}, (g*x@y+c0)**d, fn='k')
