from h import *
rng=np.random.default_rng(1631); k=5; pv=rng.normal(size=k); r=rng.permutation(k).astype(float)
P,Rr=T(pv),T(r)
out=sum(torch.clamp(P[i]-P[j],min=0) for i in range(k) for j in range(k) if r[i]<r[j])
run('c1631_rrhf_rank', {'p':pv,'r':r}, out.numpy(), fn='L_{rank}')
