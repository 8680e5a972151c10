from h import *
rng=np.random.default_rng(545); n=6; p=rng.random(n); p/=p.sum(); q=rng.random(n); q/=q.sum()
run('c545_bhattacharyya', {'P':p,'Q':q}, (-torch.log((T(p)*T(q)).sqrt().sum())).numpy(), fn='D_B')
