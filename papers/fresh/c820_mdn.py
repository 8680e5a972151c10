from h import *
rng=np.random.default_rng(820); K=4
pi=rng.dirichlet(np.ones(K)); mu=rng.normal(size=K); s=rng.uniform(0.5,2,size=K); t=0.4
run('c820_mdn', {r'\pi':pi,r'\mu':mu,r'\sigma':s,'t':t}, (pi/(np.sqrt(2*np.pi)*s)*np.exp(-(t-mu)**2/(2*s**2))).sum())
