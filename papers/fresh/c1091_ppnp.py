from h import *
rng=np.random.default_rng(1091); n,c=5,3; A=(rng.random((n,n))<.4).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,1)
d=A.sum(1); An=A/np.sqrt(d[:,None]*d[None]); H=rng.normal(size=(n,c)); al=0.1
Z=torch.softmax(al*torch.linalg.inv(torch.eye(n)-(1-al)*T(An))@T(H),1)
run('c1091_ppnp', {r'\hat{\tilde{A}}':An,'H':H,r'\alpha':al}, Z.numpy())
