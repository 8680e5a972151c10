from h import *
rng=np.random.default_rng(1476); l=5; y=rng.dirichlet(np.ones(l)); yh=rng.dirichlet(np.ones(l)); T=2.
p=y**(1/T); p/=p.sum(); q=yh**(1/T); q/=q.sum()
run('c1476_lwf', {r'\mathbf{y}_o':y, r'\hat{\mathbf{y}}_o':yh, 'T':T}, -np.sum(p*np.log(q)), fn=r'\mathcal{L}_{old}')
