from h import *
rng=np.random.default_rng(1218); H,n,m=3,4,5; L=rng.normal(size=(H,n,m)); Pl=rng.normal(size=(H,H)); Pw=rng.normal(size=(H,H))
J=torch.einsum('hij,hk->kij',T(L),T(Pl)); W=torch.softmax(J,2); U=torch.einsum('hij,hk->kij',W,T(Pw))
run('c1218_talking_heads', {'L':L,'P_l':Pl,'P_w':Pw}, U.numpy(), fn='U')
