from h import *
rng=np.random.default_rng(674); n,d,f=5,3,4; h=rng.normal(size=(n,d)); W=rng.normal(size=(f,2*d))
A=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(A,0); A[:,0]=1; A[0,0]=0; A[0,1]=1
agg=(T(A)@T(h))/T(A).sum(1,keepdim=True); z=torch.relu(torch.cat([T(h),agg],1)@T(W).T); z=z/z.norm(dim=1,keepdim=True)
run('c674_graphsage_alg1', {r'\mathbf{h}^{k-1}':h,r'\mathbf{W}^k':W,r'\mathcal{N}':A}, z.numpy(), fn=r'\mathbf{h}^k')
