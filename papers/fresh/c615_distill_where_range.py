from h import *
rng=np.random.default_rng(615); K=5; z=rng.normal(size=K)
run('c615_distill_where_range', {'z':z}, torch.softmax(T(z)/4,0).numpy(), fn='q')
