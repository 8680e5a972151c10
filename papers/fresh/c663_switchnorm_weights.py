from h import *
rng=np.random.default_rng(663); l=rng.normal(size=3)
run('c663_switchnorm_weights', {r'\lambda':l}, torch.softmax(T(l),0).numpy(), fn='w')
