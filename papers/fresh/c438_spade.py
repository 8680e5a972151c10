from h import *
rng=np.random.default_rng(438); N,C,H,W=2,3,4,4; h=rng.normal(size=(N,C,H,W))+0.5; g=rng.normal(size=(C,H,W)); b=rng.normal(size=(C,H,W))
Hh=T(h); mu=Hh.mean((0,2,3),keepdim=True); sd=((Hh**2).mean((0,2,3),keepdim=True)-mu**2+1e-5).sqrt()
run('c438_spade', {'h':h,r'\gamma':g,r'\beta':b}, (T(g)*(Hh-mu)/sd+T(b)).numpy(), fn='o')
