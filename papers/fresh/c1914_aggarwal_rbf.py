from h import *
rng=np.random.default_rng(1914); d,m=3,4; X=rng.normal(size=d); mu=rng.normal(size=(m,d)); s=rng.uniform(0.5,2,size=m)
run('c1914_aggarwal_rbf', {r'\overline{X}':X, r'\overline{\mu}':mu, r'\sigma':s}, np.exp(-((X-mu)**2).sum(1)/(2*s**2)), fn='h_i')
