from h import *
rng=np.random.default_rng(34); N,F,F2=5,3,2
A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,1)
H,W=rng.normal(size=(N,F)),rng.normal(size=(F,F2))
D=torch.diag(T(A).sum(1)); exp=torch.relu(torch.linalg.inv(D)@T(A)@T(H)@T(W))
run('c34b_gcn_mean_diag', dict(A=A,H=H,W=W), exp.numpy())
