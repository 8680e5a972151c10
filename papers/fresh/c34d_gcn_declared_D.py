from h import *
rng=np.random.default_rng(35); N,F,C=5,3,2
A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,1)
H,W=rng.normal(size=(N,F)),rng.normal(size=(F,C)); D=np.diag(A.sum(1))
Dm=torch.diag(T(A).sum(1)**-0.5)
run('c34d_gcn_declared_D', dict(A=A,D=D,H=H,W=W), torch.relu(Dm@T(A)@Dm@T(H)@T(W)).numpy())
