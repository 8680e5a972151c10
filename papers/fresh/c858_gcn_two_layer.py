from h import *
rng=np.random.default_rng(858); N,C,H,Fo=5,3,4,3
A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
X=rng.normal(size=(N,C)); W0=rng.normal(size=(C,H)); W1=rng.normal(size=(H,Fo))
At=T(A)+torch.eye(N); d=At.sum(1); Ah=At/d.sqrt()[:,None]/d.sqrt()[None,:]
Z=torch.softmax(Ah@torch.relu(Ah@T(X)@T(W0))@T(W1),dim=1)
run('c858_gcn_two_layer', {'A':A,'X':X,'W^{(0)}':W0,'W^{(1)}':W1}, Z.numpy(), fn='Z')
