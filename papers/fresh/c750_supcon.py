from h import *
rng=np.random.default_rng(750); M,D=6,3; z=rng.normal(size=(M,D)); z/=np.linalg.norm(z,axis=1,keepdims=True); tau=0.5
lab=np.array([0,1,0,1,2,2]); P=((lab[:,None]==lab[None,:])&~np.eye(M,dtype=bool)).astype(float); A=1-np.eye(M)
Z=T(z); s=Z@Z.T/tau; Am=T(A).bool()
den=torch.logsumexp(s.masked_fill(~Am,-float('inf')),1,keepdim=True)
lp=s-den; Pm=T(P)
L=(-(lp*Pm).sum(1)/Pm.sum(1)).sum()
run('c750_supcon', {'z':z,r'\tau':tau,'P':P,'A':A}, L.numpy(), fn=r'\mathcal{L}^{sup}_{out}')
