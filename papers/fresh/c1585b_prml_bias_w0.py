from h import *
rng=np.random.default_rng(15852); D=4; w=rng.normal(size=D); x=rng.normal(size=D); w0=0.7
run('c1585b_prml_bias_w0', {r'\mathbf{w}':w, r'\mathbf{x}':x, 'w_0':w0}, w@x+w0, fn='y')
