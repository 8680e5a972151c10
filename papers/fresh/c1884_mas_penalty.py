from h import *
rng=np.random.default_rng(1884); p,q=3,4; th=rng.normal(size=(p,q)); ts=rng.normal(size=(p,q)); Om=rng.uniform(size=(p,q))
run('c1884_mas_penalty', {r'\theta':th, r'\theta^*':ts, r'\Omega':Om, r'L_n(\theta)':1.3}, np.array(1.3+0.5*(Om*(th-ts)**2).sum()), fn='L')
