from h import *
rng=np.random.default_rng(1446); n,m=6,3; x=rng.normal(size=(n,m)); y=np.sign(rng.normal(size=n)); w=rng.normal(size=m); b=0.2
run('c1446_sklearn_sgd_hinge', {'x':x,'y':y,'w':w,'b':b}, np.maximum(0,1-y*(x@w+b)), fn='L')
