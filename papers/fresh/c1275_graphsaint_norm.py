from h import *
rng=np.random.default_rng(1275); N,d,f=5,3,2; A=rng.uniform(size=(N,N)); al=rng.uniform(0.2,1,size=(N,N)); ind=(rng.uniform(size=(N,N))<0.6).astype(float); x=rng.normal(size=(N,d)); W=rng.normal(size=(d,f))
z=np.array([sum(A[v,u]/al[u,v]*(W.T@x[u])*ind[u,v] for u in range(N)) for v in range(N)])
run('c1275_graphsaint_norm', {r'\tilde{\mathbf{A}}':A,r'\alpha':al,r'\mathbb{1}':ind,r'\mathbf{x}^{(\ell)}':x,r'\mathbf{W}^{(\ell)}':W}, z, fn=r'\zeta^{(\ell+1)}')
