from h import *
rng=np.random.default_rng(1835); n,d=5,3; P=rng.normal(size=(n,d)); A=(rng.uniform(size=(n,n))<0.5).astype(float); np.fill_diagonal(A,1)
out=torch.where(T(A)[:,:,None]>0, T(P)[None,:,:], torch.tensor(-np.inf,dtype=torch.float64)).amax(1)
run('c1835_sage_max', {'p':P, r'\mathcal{N}':A}, out.numpy(), fn='m')
