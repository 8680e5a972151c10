from h import *
rng=np.random.default_rng(1433); N,C,F=5,3,2; M=(rng.random((N,N))<.5).astype(float); M=np.maximum(M,M.T); np.fill_diagonal(M,1)
h=rng.normal(size=(N,C)); W=rng.normal(size=(C,F)); b=rng.normal(size=F)
deg=T(M).sum(1); c=torch.sqrt(deg)[:,None]*torch.sqrt(deg)[None,:]
exp=torch.relu(T(b)+(T(M)/c)@T(h)@T(W))
run('c1433_dgl_graphconv', {'h^{(l)}':h,'W^{(l)}':W,'b^{(l)}':b,r'\mathcal{N}':M}, exp.numpy(), fn='h^{(l+1)}')
