from h import *
rng=np.random.default_rng(1675); d=5; s=rng.normal(size=d); x=rng.normal(size=d); xt=x+0.5*rng.normal(size=d); sg=0.5
run('c1675_cs236_dsm', {r's_\theta(\tilde{\mathbf{x}})':s, r'\tilde{\mathbf{x}}':xt, r'\mathbf{x}':x, r'\sigma':sg}, 0.5*np.sum((s+(xt-x)/sg**2)**2), fn=r'\ell')
