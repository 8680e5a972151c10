from h import *
rng=np.random.default_rng(614); w=rng.normal(size=5); L=1.3
run('c614_l2_where_const', {'w':w,'L':L}, np.array(L+0.01/2*(w**2).sum()), fn=r'\tilde{L}')
