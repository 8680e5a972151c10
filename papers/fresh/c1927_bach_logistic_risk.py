from h import *
rng=np.random.default_rng(1927); n,d=7,3; th=rng.normal(size=d); x=rng.normal(size=(n,d)); y=rng.choice([-1.,1.],size=n)
run('c1927_bach_logistic_risk', {r'\theta':th, 'x':x, 'y':y}, np.array(np.log1p(np.exp(-y*(x@th))).mean()), fn=r'\widehat{\mathcal{R}}')
