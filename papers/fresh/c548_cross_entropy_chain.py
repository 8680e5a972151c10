from h import *
rng=np.random.default_rng(548); n=6; p=rng.random(n); p/=p.sum(); q=rng.random(n); q/=q.sum()
run('c548_cross_entropy_chain', {'p':p,'q':q}, (-(T(p)*T(q).log()).sum()).numpy(), fn='H')
