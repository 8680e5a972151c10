from h import *
rng=np.random.default_rng(1830); n,d=5,3; h=rng.normal(size=(n,d)); A=(rng.uniform(size=(n,n))<0.5).astype(float)
out=1.1*T(h)+T(A)@T(h)
run('c1830_gin_aggregate', {'h':h, r'\mathcal{N}':A}, out.numpy(), fn='a')
