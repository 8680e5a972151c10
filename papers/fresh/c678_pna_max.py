from h import *
rng=np.random.default_rng(678); n,f=5,3; X=rng.normal(size=(n,f))
A=(rng.random((n,n))<.6).astype(float); np.fill_diagonal(A,0); A[:,1]=1; A[1,1]=0; A[1,0]=1
mx=torch.stack([T(X)[T(A)[i]>0].amax(0) for i in range(n)]); mn=torch.stack([T(X)[T(A)[i]>0].amin(0) for i in range(n)])
run('c678_pna_max', {'X':X,r'\mathcal{N}':A}, {'max':mx.numpy(),'min':mn.numpy()}, fn=[r'\max',r'\min'])
