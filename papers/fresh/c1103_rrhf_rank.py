from h import *
rng=np.random.default_rng(1103); k=5; p=-rng.uniform(0.5,3,k); r=rng.normal(size=k)
P,R=T(p),T(r); out=((R[:,None]<R[None,:]).double()*torch.clamp(P[:,None]-P[None,:],min=0)).sum()
run('c1103_rrhf_rank', {'p':p,'r':r}, out.numpy())
