from h import *
rng=np.random.default_rng(16782); C=4; z=rng.normal(size=C)
run('c1678b_ng_softmax', {'z^{[L]}':z}, torch.softmax(T(z),0).numpy(), fn='a^{[L]}')
