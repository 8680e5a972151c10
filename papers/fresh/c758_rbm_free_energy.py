from h import *
rng=np.random.default_rng(758); n,h=5,3; v=rng.integers(0,2,size=n).astype(float); a=rng.normal(size=n); b=rng.normal(size=h); w=rng.normal(size=(n,h))
x=b+v@w
run('c758_rbm_free_energy', {'v':v,'a':a,'b':b,'w':w}, np.array(-(v@a)-np.log1p(np.exp(x)).sum()), fn='F')
