from h import *
rng=np.random.default_rng(1098); n,d,f=5,3,4; h=rng.normal(size=(n,d)); W=rng.normal(size=(d,f)); A=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(A,0); eps=0.3
out=torch.relu(((1+eps)*T(h)+T(A)@T(h))@T(W))
run('c1098_gin_eps', {'h^{(k-1)}':h,'W':W,r'\mathcal{N}':A,r'\epsilon^{(k)}':eps}, out.numpy(), fn='h^{(k)}')
