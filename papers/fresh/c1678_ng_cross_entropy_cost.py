from h import *
rng=np.random.default_rng(1678); m=7; a=rng.random(m)*0.9+0.05; y=(rng.random(m)<0.5)*1.0
run('c1678_ng_cross_entropy_cost', {'a^{[L]}':a, 'y':y}, -np.mean(y*np.log(a)+(1-y)*np.log(1-a)))
