from h import *
rng=np.random.default_rng(430); N,C,H,W,G=2,4,3,3,2; x=rng.normal(size=(N,C,H,W))
X=T(x).reshape(N,G,-1); m=X.mean(-1,keepdim=True); s=((X-m)**2).mean(-1,keepdim=True)
run('c430_groupnorm', {'x':x,'G':G}, ((X-m)/(s+1e-5).sqrt()).reshape(N,C,H,W).numpy(), fn=r'\hat{x}')
