from h import *
rng=np.random.default_rng(1430); D,N=3,5; H=rng.normal(size=(D,N)); A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
b=rng.normal(size=D); O=rng.normal(size=(D,D))
exp=torch.relu(T(b)[:,None]+T(O)@T(H)@(T(A)+torch.eye(N)))
run('c1430_prince_gcn', {r'\mathbf{H}_k':H, r'\mathbf{A}':A, r'\boldsymbol\beta_k':b, r'\boldsymbol\Omega_k':O}, exp.numpy(), fn=r'\mathbf{H}_{k+1}')
