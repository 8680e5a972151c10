from h import *
rng=np.random.default_rng(2009); K=5; p=rng.random(K); p/=p.sum(); q=rng.random(K); q/=q.sum()
run('c2009_ct_cross_entropy_identity', {'p':p, 'q':q}, np.array(-(p*np.log(q)).sum()), fn='H(p, q)')
