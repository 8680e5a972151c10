from h import *
rng=np.random.default_rng(219); K=6; z=rng.normal(size=K)
Z=T(z); s,_=torch.sort(Z,descending=True); cs=s.cumsum(0); ks=torch.arange(1,K+1)
k=int((1+ks*s>cs).nonzero().max())+1; tau=(cs[k-1]-1)/k
run('c219_sparsemax', {r'\mathbf{z}':z}, torch.clamp(Z-tau,min=0).numpy(), fn='sparsemax')
