from h import *
rng=np.random.default_rng(817); d=8
s=rng.normal(size=d); n=np.linalg.norm(s)
run('c817_squash', {r'\mathbf{s}_j':s}, n**2/(1+n**2)*s/n)
