from h import *
rng=np.random.default_rng(1179); N=7; x=rng.normal(size=N); eps=1e-6
e=np.exp(x)-1; run('c1179_softpick', {'x':x,r'\epsilon':eps}, np.maximum(e,0)/(np.abs(e).sum()+eps))
