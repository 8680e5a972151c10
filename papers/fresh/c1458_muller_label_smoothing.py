from h import *
rng=np.random.default_rng(1458); K=5; y=np.eye(K)[2]; p=rng.dirichlet(np.ones(K)); a=0.1
run('c1458_muller_label_smoothing', {r'\boldsymbol{y}':y, r'\boldsymbol{p}':p, r'\alpha':a}, -((y*(1-a)+a/K)*np.log(p)).sum(), fn='H')
