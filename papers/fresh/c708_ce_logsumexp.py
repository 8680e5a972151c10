from h import *
rng=np.random.default_rng(708); C=5
x=rng.normal(size=C); y=2
run('c708_ce_logsumexp', {'x':x,'y':y}, -x[y]+np.log(np.exp(x).sum()), fn=r'\ell')
