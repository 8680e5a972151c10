from h import *
rng=np.random.default_rng(1683); m=5; w=rng.normal(size=m); x=rng.normal(size=m); b=0.3
run('c1683_raschka_net_input', {r'\mathbf{w}':w, r'\mathbf{x}':x, 'b':b}, w@x+b, fn='z')
