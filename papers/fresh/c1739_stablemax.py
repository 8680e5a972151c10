from h import *
rng=np.random.default_rng(1739); x=rng.normal(size=6)*2; s=np.where(x>=0,x+1,1/(1-x))
run('c1739_stablemax', {'x':x}, s/s.sum(), fn=r'\mathrm{StableMax}')
