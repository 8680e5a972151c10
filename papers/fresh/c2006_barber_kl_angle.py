from h import *
rng=np.random.default_rng(2006); K=5; q=rng.random(K); q/=q.sum(); p=rng.random(K); p/=p.sum()
run('c2006_barber_kl_angle', {'q(x)':q, 'p(x)':p}, np.array((q*np.log(q/p)).sum()))
