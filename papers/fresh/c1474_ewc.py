from h import *
rng=np.random.default_rng(1474); n=7; th,ta=rng.normal(size=n),rng.normal(size=n); F=rng.random(n); LB,lam=0.9,4.
run('c1474_ewc', {r'\mathcal{L}_B(\theta)':LB, r'\lambda':lam, r'\theta':th, 'F':F, r'\theta^*_A':ta}, LB+np.sum(lam/2*F*(th-ta)**2), fn=r'\mathcal{L}')
