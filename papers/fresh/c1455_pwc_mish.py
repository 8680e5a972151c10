from h import *
rng=np.random.default_rng(1455); d=6; x=rng.normal(size=d)*2
run('c1455_pwc_mish', {'x':x}, torch.nn.functional.mish(T(x)).numpy(), fn='f')
