from h import *
rng=np.random.default_rng(864); n,c=5,3; A=(rng.random((n,n))<.5).astype(float); A=np.maximum(A,A.T); np.fill_diagonal(A,0)
H=rng.normal(size=(n,c)); al=0.2
At=T(A)+torch.eye(n); d=At.sum(1); Ah=At/d.sqrt()[:,None]/d.sqrt()[None,:]
Z=torch.softmax(al*torch.linalg.inv(torch.eye(n)-(1-al)*Ah)@T(H),dim=1)
run('c864_ppnp', {r'\mathbf{A}':A,r'\mathbf{H}':H,r'\alpha':al}, Z.numpy(), fn=r'\mathbf{Z}_{\text{PPNP}}')
