from h import *
rng=np.random.default_rng(1490); p,H=3,6; th=rng.normal(size=p+1); t=np.arange(H)/H
run('c1490_nbeats_trend', {r'\theta^f_{s,\ell}':th, r'\mathbf{t}':t}, sum(th[i]*t**i for i in range(p+1)), fn=r'\hat{\mathbf{y}}_{s,\ell}')
