from h import *
rng=np.random.default_rng(501); k=5; pi=rng.random(k); pi/=pi.sum(); g=-np.log(-np.log(rng.random(k))); tau=0.7
run('c501_gumbel_softmax', {r'\pi':pi,'g':g,r'\tau':tau}, torch.softmax((T(pi).log()+T(g))/tau,0).numpy(), fn='y')
