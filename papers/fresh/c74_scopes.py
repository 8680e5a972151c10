from h import *
rng=np.random.default_rng(74); n=6; x,y=rng.normal(size=n),rng.normal(size=n); p=rng.uniform(.1,.9,n); yb=(rng.random(n)<.5).astype(float)
X,Y,P=T(x),T(y),T(p)
run('c74_scopes', dict(x=x), (X.max()-X.min()).numpy(), fn='r')
run('c74_scopes', dict(y=yb,p=p), torch.prod(P**T(yb)*(1-P)**(1-T(yb))).numpy(), fn='\\mathcal{L}')
run('c74_scopes', dict(x=x), X.var(unbiased=True).numpy(), fn='s^2')
run('c74_scopes', dict(x=x,y=y), (((X-X.mean())*(Y-Y.mean())).sum()/(n-1)).numpy(), fn='c')
