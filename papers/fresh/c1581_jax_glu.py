from h import *
rng=np.random.default_rng(1581); n=3; x=rng.normal(size=2*n)
run('c1581_jax_glu', {'x':x}, x[:n]*torch.sigmoid(T(x[n:])).numpy(), fn=r'\mathrm{glu}')
