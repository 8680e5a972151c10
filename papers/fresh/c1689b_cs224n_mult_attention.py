from h import *
rng=np.random.default_rng(16892); N,d1,d2=4,3,5; h=rng.normal(size=(N,d1)); s=rng.normal(size=d2); W=rng.normal(size=(d2,d1))
run('c1689b_cs224n_mult_attention', {r'\mathbf{h}':h, r'\mathbf{s}':s, r'\mathbf{W}':W}, (T(h)@T(W).T@T(s)).numpy(), fn='e')
