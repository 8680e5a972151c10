from h import *
rng=np.random.default_rng(1788); K=3; w=rng.uniform(0.7,1.2,size=K); Tt=2.0
run('c1788_dwa', {'w':w, 'T':Tt}, K*np.exp(w/Tt)/np.exp(w/Tt).sum(), fn=r'\lambda')
