from h import *
rng=np.random.default_rng(931); n,c,K=6,3,3
A=rng.uniform(size=(n,n)); A=(A+A.T)/n; H=rng.normal(size=(n,c)); g=rng.normal(size=K+1)
At,Ht=T(A),T(H)
Z=sum(g[k]*torch.linalg.matrix_power(At,k)@Ht for k in range(K+1))
run('c931_gprgnn', {'\\tilde{\\mathbf{A}}_{\\mathrm{sym}}':A,'\\mathbf{H}^{(0)}':H,'\\gamma':g}, Z.numpy())
