from h import *
rng=np.random.default_rng(1600); p=rng.random(5); p/=p.sum()
run('c1600_molnar_entropy', {r'\mathbb{P}(c)':p}, -np.sum(p*np.log(p)), fn='H')
