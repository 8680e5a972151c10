from h import *
rng=np.random.default_rng(1461); n,M=14,3; p=np.concatenate([rng.uniform(0.05,0.98,n-3),[0.1,0.5,0.9]]); yh=rng.integers(0,3,n).astype(float); y=np.where(rng.uniform(size=n)<p,yh,(yh+1)%3)
bins=np.minimum((p*M).astype(int),M-1); B=(np.arange(M)[:,None]==bins[None]).astype(float)
mce=max(abs((B[m]*(yh==y)).sum()/B[m].sum()-(B[m]*p).sum()/B[m].sum()) for m in range(M))
run('c1461_mce', {'B':B,r'\hat{y}':yh,'y':y,r'\hat{p}':p}, np.array(mce), fn=r'\mathrm{MCE}')
