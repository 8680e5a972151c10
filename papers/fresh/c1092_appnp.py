from h import *
rng=np.random.default_rng(1092); n,c=5,3; A=(rng.random((n,n))<.4).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,1)
d=A.sum(1); An=T(A/np.sqrt(d[:,None]*d[None])); H=T(rng.normal(size=(n,c))); al=0.1
Z=H
for _ in range(3): Z=(1-al)*An@Z+al*H
run('c1092_appnp', {r'\hat{\tilde{A}}':An.numpy(),'H':H.numpy(),r'\alpha':al}, torch.softmax(Z,1).numpy(), fn='Z')
