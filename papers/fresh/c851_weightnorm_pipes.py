from h import *
rng=np.random.default_rng(851); k=5; v=rng.normal(size=k); g=1.7
run('c851_weightnorm_pipes', {r'\mathbf{v}':v,'g':g}, (g*T(v)/T(v).norm()).numpy(), fn=r'\mathbf{w}')
