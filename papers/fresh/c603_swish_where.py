from h import *
rng=np.random.default_rng(603); x=rng.normal(size=5); b=1.7
run('c603_swish_where', {'x':x, r'\beta':b}, (T(x)*torch.sigmoid(b*T(x))).numpy(), fn='f')
