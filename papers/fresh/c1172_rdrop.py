from h import *
rng=np.random.default_rng(1172); K=5; p1,p2=rng.dirichlet(np.ones(K)),rng.dirichlet(np.ones(K))
kl=lambda a,b:(a*np.log(a/b)).sum()
run('c1172_rdrop', {r'\mathcal{P}_1^w(y_i|x_i)':p1,r'\mathcal{P}_2^w(y_i|x_i)':p2}, 0.5*(kl(p1,p2)+kl(p2,p1)))
