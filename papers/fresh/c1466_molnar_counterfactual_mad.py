from h import *
rng=np.random.default_rng(1466); p=5; x=rng.normal(size=p); xp=rng.normal(size=p); mad=rng.random(p)+0.5
run('c1466_molnar_counterfactual_mad', {'x':x, r'x^\prime':xp, 'MAD':mad}, np.sum(np.abs(x-xp)/mad), fn='d')
