from h import *
rng=np.random.default_rng(982); p=rng.dirichlet(np.ones(4),size=3)
run('c982_gini_esl', {r'\hat{p}':p}, p.sum(1)**2-(p**2).sum(1), fn='G_m')
