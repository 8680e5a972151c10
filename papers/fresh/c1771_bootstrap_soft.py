from h import *
rng=np.random.default_rng(1771); L=5; q=np.exp(rng.normal(size=L)); q/=q.sum(); t=np.eye(L)[2]; b=0.95
run('c1771_bootstrap_soft', {r'\mathbf{q}':q, r'\mathbf{t}':t, r'\beta':b}, np.array(-np.sum((b*t+(1-b)*q)*np.log(q))), fn=r'\mathcal{L}_{soft}')
