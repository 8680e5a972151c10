from h import *
rng=np.random.default_rng(2018); d=5; w_=rng.random(d); w_/=w_.sum(); g=rng.normal(size=d); eta=0.7
u=w_*np.exp(-eta*g)
run('c2018_zhang_exp_gradient', {'w_t':w_, 'g_t':g, r'\eta':eta}, u/u.sum())
