from h import *
rng=np.random.default_rng(1522); n=5; z=rng.normal(size=n)
run('c1522_nielsen_softmax', {'z^L':z}, torch.softmax(T(z),0).numpy(), fn='a^L')
