from h import *
rng=np.random.default_rng(768); N,p=7,3; x=rng.normal(size=(N,p)); y=rng.integers(0,2,size=N).astype(float); b=rng.normal(size=p)
s=x@b
run('c768_logreg_loglik', {'x':x,'y':y,r'\beta':b}, np.array((y*s-np.log1p(np.exp(s))).sum()), fn=r'\ell')
