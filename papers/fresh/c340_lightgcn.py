from h import *
rng=np.random.default_rng(340); n,t=5,3; A=(rng.random((n,n))<.5).astype(float); A=np.triu(A,1); A=A+A.T; A[0,1]=A[1,0]=1; A[2,3]=A[3,2]=1; A[4,0]=A[0,4]=1
E=rng.normal(size=(n,t)); d=A.sum(1); Dm=np.diag(d**-0.5)
run('c340_lightgcn', {'A':A,r'\mathbf{E}^{(k)}':E}, Dm@A@Dm@E, fn=r'\mathbf{E}^{(k+1)}')
