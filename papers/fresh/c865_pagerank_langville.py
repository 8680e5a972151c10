from h import *
rng=np.random.default_rng(865); n=5; H=rng.random((n,n))*(rng.random((n,n))<.6); H[2]=0; H=H/np.maximum(H.sum(1,keepdims=True),1e-9)
a=(H.sum(1)==0).astype(float); p=rng.random(n); p/=p.sum(); al=0.85
run('c865_pagerank_langville', {r'\pi^{(k)}':p,r'\mathbf{H}':H,r'\mathbf{a}':a,r'\alpha':al,r'\mathbf{e}':np.ones(n)}, (al*T(p)@T(H)+(al*T(p)@T(a)+1-al)*torch.ones(n)/n).numpy(), fn=r'\pi^{(k+1)T}')
