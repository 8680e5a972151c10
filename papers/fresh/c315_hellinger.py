from h import *
rng=np.random.default_rng(315); p=rng.random(6); p/=p.sum(); q=rng.random(6); q/=q.sum()
run('c315_hellinger', {'p':p,'q':q}, np.array(torch.sqrt(((T(p).sqrt()-T(q).sqrt())**2).sum())/np.sqrt(2)), fn='H')
