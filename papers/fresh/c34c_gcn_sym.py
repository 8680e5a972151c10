from h import *
rng=np.random.default_rng(35); N,F,C=5,3,2
A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,1)
X,W=rng.normal(size=(N,F)),rng.normal(size=(F,C))
d=T(A).sum(1); Dm=torch.diag(d**-0.5)
exp=Dm@T(A)@Dm@T(X)@T(W)
run('c34c_gcn_sym', dict(A=A,X=X,W=W), exp.numpy())
