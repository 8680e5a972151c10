from h import *
rng=np.random.default_rng(1496); M,D=6,3; z=rng.normal(size=(M,D)); z/=np.linalg.norm(z,axis=1,keepdims=True); lab=np.array([0,0,1,1,2,2]); tau=0.5
P=((lab[:,None]==lab[None,:])&~np.eye(M,dtype=bool)).astype(float); S=np.exp(z@z.T/tau); den=S.sum(1)-np.diag(S)
L=sum(-1/P[i].sum()*sum(np.log(S[i,p]/den[i]) for p in range(M) if P[i,p]) for i in range(M))
run('c1496_supcon', {'z':z,'P':P,'A':1-np.eye(M),r'\tau':tau}, L, fn=r'\mathcal{L}^{sup}_{out}')
