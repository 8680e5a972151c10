from h import *
rng=np.random.default_rng(854); C,H,W,S=3,4,2,5; x=rng.normal(size=(C,H,W)); mu=x.mean((1,2)); sd=x.std((1,2))
ga=rng.normal(size=(S,C)); be=rng.normal(size=(S,C)); s=2
e=T(ga[s])[:,None,None]*(T(x)-T(mu)[:,None,None])/T(sd)[:,None,None]+T(be[s])[:,None,None]
run('c854_cond_instnorm', {'x':x,r'\mu':mu,r'\sigma':sd,r'\gamma':ga,r'\beta':be,'s':s}, e.numpy(), fn='z')
