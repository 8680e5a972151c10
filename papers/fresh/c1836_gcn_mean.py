from h import *
rng=np.random.default_rng(1836); n,d,f=5,3,2; h=rng.normal(size=(n,d)); W=rng.normal(size=(f,d)); A=(rng.uniform(size=(n,n))<0.5).astype(float); np.fill_diagonal(A,1)
out=(T(A)@T(h)@T(W).T)/T(A).sum(1,keepdim=True)
run('c1836_gcn_mean', {'h':h,'W':W, r'\mathcal{N}':A}, out.numpy(), fn='m')
