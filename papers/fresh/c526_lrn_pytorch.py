from h import *
rng=np.random.default_rng(526); a=rng.normal(size=6)*20
run('c526_lrn_pytorch', {'a':a}, torch.nn.LocalResponseNorm(3,1e-4,0.75,1.0)(T(a).reshape(1,6,1)).reshape(6).numpy(), fn='b')
