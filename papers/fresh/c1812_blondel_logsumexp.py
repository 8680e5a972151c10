from h import *
rng=np.random.default_rng(1812); M=5; u=rng.normal(size=M)
run('c1812_blondel_logsumexp', {r'\bm{u}':u}, {'logsumexp':np.array(np.log(np.exp(u).sum())), 'softargmax':np.exp(u)/np.exp(u).sum()}, fn=[r'\mathrm{logsumexp}', r'\mathrm{softargmax}'])
