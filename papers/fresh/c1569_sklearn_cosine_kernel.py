from h import *
rng=np.random.default_rng(1569); d=4; x=rng.normal(size=d); y=rng.normal(size=d)
run('c1569_sklearn_cosine_kernel', {'x':x,'y':y}, x@y/np.linalg.norm(x)/np.linalg.norm(y), fn='k')
