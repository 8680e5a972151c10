from h import *
rng=np.random.default_rng(237); p=rng.random(5); p/=p.sum()
run('c237_policy_entropy', {r'\pi':p}, np.array(-(T(p)*T(p).log()).sum()), fn='H')
