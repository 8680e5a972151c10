from h import *
rng=np.random.default_rng(1431); N,C,F=5,3,2; A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
H=rng.normal(size=(N,C)); W=rng.normal(size=(C,F))
At=T(A)+torch.eye(N); Dm=torch.diag(At.sum(1)**-0.5)
run('c1431_kipf_gcn', {'A':A,'H^{(l)}':H,'W^{(l)}':W}, torch.relu(Dm@At@Dm@T(H)@T(W)).numpy(), fn='H^{(l+1)}')
