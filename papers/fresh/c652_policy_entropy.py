from h import *
rng=np.random.default_rng(652); A=5
p=rng.dirichlet(np.ones(A))
run('c652_policy_entropy', {r'\pi':p}, -(p*np.log(p)).sum(), fn='H')
