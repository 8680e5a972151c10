from h import *
rng=np.random.default_rng(1832); N,p=7,3; X=rng.normal(size=(N,p)); b=rng.normal(size=p); t=rng.permutation(N)+1.0; dl=(rng.uniform(size=N)<0.6).astype(float)
eta=T(X)@T(b); tt=T(t); risk=(tt[None,:]>=tt[:,None]).double()
out=(T(dl)*(eta-torch.log((risk*torch.exp(eta)[None,:]).sum(1)))).sum()
run('c1832_cox_partial', {'X':X, r'\beta':b, 't':t, r'\delta':dl}, out.numpy(), fn=r'\ell')
