from h import *
rng=np.random.default_rng(440); N,C,H,W=3,2,3,3; f=rng.normal(size=(N,C,H,W)); g,b,dg,db=(rng.normal(size=C) for _ in range(4))
Fx=T(f); mu=Fx.mean((0,2,3),keepdim=True); var=Fx.var((0,2,3),unbiased=False,keepdim=True)
ref=(T(g)+T(dg))[None,:,None,None]*(Fx-mu)/(var+1e-5).sqrt()+(T(b)+T(db))[None,:,None,None]
run('c440_cond_bn', {'F':f,r'\gamma_c':g,r'\beta_c':b,r'\Delta\gamma_c':dg,r'\Delta\beta_c':db}, ref.numpy(), fn='BN')
