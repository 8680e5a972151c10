from h import *
rng=np.random.default_rng(1277); N=5; A=(rng.uniform(size=(N,N))<0.6).astype(float); A=np.triu(A,1); A=A+A.T
Dp=A*(rng.uniform(size=(N,N))<0.3); Dp=np.triu(Dp,1); Dp=Dp+Dp.T; Ad=A-Dp+np.eye(N); d=Ad.sum(1)**-0.5
run('c1277_dropedge', {r'\mathbf{A}':A,r"\mathbf{A}'":Dp}, d[:,None]*Ad*d[None,:], fn=r'\hat{\mathbf{A}}_{\text{drop}}')
