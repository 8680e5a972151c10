from h import *
rng=np.random.default_rng(1798); K,N=3,6; X=rng.uniform(0.1,2,size=(K,N)); p=np.array([1.,3.,6.])
run('c1798_gem_pool', {r'\mathcal{X}':X, 'p':p}, np.mean(X**p[:,None],1)**(1/p), fn=r'f^{(g)}')
