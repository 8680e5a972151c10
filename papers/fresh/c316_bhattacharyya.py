from h import *
rng=np.random.default_rng(316); p=rng.random(6); p/=p.sum(); q=rng.random(6); q/=q.sum()
run('c316_bhattacharyya', {'p':p,'q':q}, np.array(-torch.log(torch.sqrt(T(p)*T(q)).sum())), fn='D_B')
