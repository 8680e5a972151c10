from h import *
rng=np.random.default_rng(1070); m=6; x=rng.normal(size=(m,3)); D=np.linalg.norm(x[:,None]-x[None],axis=2)
lab=np.array([0,0,1,1,2,2]); P=((lab[:,None]==lab[None])&~np.eye(m,dtype=bool)).astype(float); N=(lab[:,None]!=lab[None]).astype(float); a=1.0
E=torch.exp(a-T(D))*T(N); s=E.sum(1); J=torch.log(s[:,None]+s[None,:])+T(D)
L=(T(P)*torch.clamp(J,min=0)**2).sum()/(2*T(P).sum())
run('c1070_lifted_structure', {'D':D,r'\mathcal{P}':P,r'\mathcal{N}':N,r'\alpha':a}, L.numpy(), fn=r'\tilde{J}')
