from h import *
rng=np.random.default_rng(209); p,th=rng.normal(size=5),rng.normal(size=5); a=0.5
run('c209_lookahead', {r'\phi_{t-1}':p,r'\theta_{t,k}':th,r'\alpha':a}, (T(p)+a*(T(th)-T(p))).numpy())
