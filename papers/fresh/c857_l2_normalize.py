from h import *
rng=np.random.default_rng(857); d=4; v=rng.normal(size=d)
run('c857_l2_normalize', {'v':v}, torch.nn.functional.normalize(T(v),p=2,dim=0).numpy(), fn='v')
