from h import *
rng=np.random.default_rng(441); B,d=5,3; x=rng.normal(size=(B,d))*2; g=rng.normal(size=d); b=rng.normal(size=d); X=T(x)
psi=(X**2).mean(0).sqrt()
run('c441_powernorm', {'X':x,r'\gamma':g,r'\beta':b}, (T(g)*(X/psi)+T(b)).numpy(), fn='Y')
