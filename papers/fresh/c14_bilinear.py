from h import *
rng=np.random.default_rng(14); n=4
u,v=rng.normal(size=n),rng.normal(size=n); A,B=rng.normal(size=(n,n))+3*np.eye(n),rng.normal(size=(n,n))+3*np.eye(n)
U,V,AA,BB=T(u),T(v),T(A),T(B)
inp=dict(u=u,v=v,A=A,B=B)
exps={'s_1':U@AA@V,'s_2':U@(AA+BB)@V,'s_3':U@torch.linalg.inv(AA+BB)@V,'s_4':U@torch.linalg.inv(AA)@V,'s_5':U@AA@BB@V}
for f,e in exps.items():
    need={k:x for k,x in inp.items() if k in 'uvA' or (k=='B' and f in ('s_2','s_3','s_5'))}
    run('c14_bilinear', need, e.numpy(), fn=f)
