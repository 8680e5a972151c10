from h import *
rng=np.random.default_rng(436); H,W,C=3,4,5; x=rng.normal(size=(H,W,C)); g=rng.normal(size=C); b=rng.normal(size=C); X=T(x)
Gx=torch.norm(X,p=2,dim=(0,1),keepdim=True); Nx=Gx/(Gx.mean(dim=-1,keepdim=True)+1e-6)
run('c436_grn', {'X':x,r'\gamma':g,r'\beta':b}, (T(g)*(X*Nx)+T(b)+X).numpy(), fn='Y')
