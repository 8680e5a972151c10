from h import *
rng=np.random.default_rng(33); x=rng.normal(size=8)
run('c33_maxpool', {'x':x}, torch.nn.functional.max_pool1d(T(x)[None],2)[0].numpy())
