from h import *
rng=np.random.default_rng(434); a=rng.normal(size=7); g=rng.normal(size=7); A=T(a)
run('c434_rmsnorm_gain', {'a':a,'g':g}, (A/(A**2).mean().sqrt()*T(g)).numpy(), fn=r'\bar{a}')
