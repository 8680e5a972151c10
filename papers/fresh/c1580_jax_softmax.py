from h import *
rng=np.random.default_rng(1580); n=5; x=rng.normal(size=n)
run('c1580_jax_softmax', {'x':x}, torch.softmax(T(x),0).numpy(), fn=r'\mathrm{softmax}')
