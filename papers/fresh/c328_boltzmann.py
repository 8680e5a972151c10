from h import *
rng=np.random.default_rng(328); Q=rng.normal(size=5); tau=0.7
run('c328_boltzmann', {'Q':Q,r'\tau':tau}, torch.softmax(T(Q)/tau,0).numpy(), fn=r'\pi')
