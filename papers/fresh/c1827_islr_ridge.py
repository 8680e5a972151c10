from h import *
rng=np.random.default_rng(1827); n,p=6,3; x=rng.normal(size=(n,p)); y=rng.normal(size=n); b0=0.4; b=rng.normal(size=p); lam=0.7
run('c1827_islr_ridge', {'x':x, 'y':y, r'\beta_0':b0, r'\lambda':lam, r'\beta':b}, np.array(((y-b0-x@b)**2).sum()), fn=r'\mathrm{RSS}')
