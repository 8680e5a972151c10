from h import *
rng=np.random.default_rng(955); s,h=3,5
X=rng.normal(size=(s,h))
run('c955_int8_absmax', {'X_{f16}':X}, torch.round(127*T(X)/T(X).abs().max()).numpy(), fn='X_{i8}')
