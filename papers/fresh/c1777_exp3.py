from h import *
rng=np.random.default_rng(1777); K=5; w=np.exp(rng.normal(size=K)); g=0.1
run('c1777_exp3', {'w':w, r'\gamma':g}, (1-g)*w/w.sum()+g/K, fn='p')
