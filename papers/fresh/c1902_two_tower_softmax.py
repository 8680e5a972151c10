from h import *
rng=np.random.default_rng(1902); k,M=3,5; u=rng.normal(size=k); v=rng.normal(size=(M,k))
run('c1902_two_tower_softmax', {r'u(x, \theta)':u, r'v(y_j, \theta)':v}, torch.softmax(T(v@u),0).numpy(), fn=r'\mathcal{P}')
