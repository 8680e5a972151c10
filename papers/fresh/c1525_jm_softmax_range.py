from h import *
rng=np.random.default_rng(1525); K=5; z=rng.normal(size=K)
run('c1525_jm_softmax_range', {'z':z}, torch.softmax(T(z),0).numpy(), fn=r'\text{softmax}')
