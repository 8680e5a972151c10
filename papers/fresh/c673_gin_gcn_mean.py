from h import *
rng=np.random.default_rng(673); n,d,f=5,3,2; h=rng.normal(size=(n,d)); W=rng.normal(size=(f,d))
A=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(A,0)
S=T(A)+torch.eye(n); agg=(S@T(h))/S.sum(1,keepdim=True)
run('c673_gin_gcn_mean', {'h^{(k-1)}':h,'W':W,r'\mathcal{N}':A}, torch.relu(agg@T(W).T).numpy(), fn='h^{(k)}')
