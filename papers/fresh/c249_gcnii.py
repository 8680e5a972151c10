from h import *
rng=np.random.default_rng(249); n,d=5,4; P=rng.random((n,n)); H,H0=rng.normal(size=(n,d)),rng.normal(size=(n,d)); W=rng.normal(size=(d,d)); a,b=0.1,0.3
exp=torch.relu(((1-a)*T(P)@T(H)+a*T(H0))@((1-b)*torch.eye(d)+b*T(W)))
run('c249_gcnii', {r'\tilde{\mathbf{P}}':P,r'\mathbf{H}^{(\ell)}':H,r'\mathbf{H}^{(0)}':H0,r'\mathbf{W}^{(\ell)}':W,r'\alpha_\ell':a,r'\beta_\ell':b}, exp.numpy(), fn=r'\mathbf{H}^{(\ell+1)}')
