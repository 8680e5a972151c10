from h import *
rng=np.random.default_rng(1926); n,d=6,3; P=rng.normal(size=(n,d)); y=rng.normal(size=n); th=rng.normal(size=d); g=0.3
run('c1926_bach_gd_least_squares', {r'\Phi':P, 'y':y, r'\theta_{t-1}':th, r'\gamma':g}, th-g/n*P.T@(P@th-y), fn=r'\theta_t')
