from h import *
rng=np.random.default_rng(677); n,d,h,o=5,3,4,2; x=rng.normal(size=(n,d)); W1=rng.normal(size=(d,h)); W2=rng.normal(size=(h,o)); e=0.3
A=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(A,0)
z=(1+e)*T(x)+T(A)@T(x)
run('c677_gin_pyg', {r'\mathbf{x}':x,r'\mathcal{N}':A,r'\mathbf{W}_1':W1,r'\mathbf{W}_2':W2,r'\epsilon':e}, (torch.relu(z@T(W1))@T(W2)).numpy(), fn=r"\mathbf{x}^{\prime}")
