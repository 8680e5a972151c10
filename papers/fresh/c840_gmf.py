from h import *
rng=np.random.default_rng(840); K=4
p=rng.normal(size=K); q=rng.normal(size=K); hh=rng.normal(size=K)
run('c840_gmf', {r'\mathbf{p}_u':p,r'\mathbf{q}_i':q,r'\mathbf{h}':hh}, 1/(1+np.exp(-(hh@(p*q)))))
