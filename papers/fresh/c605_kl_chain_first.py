from h import *
rng=np.random.default_rng(605); K=5; q=rng.random(K); q/=q.sum(); p=rng.random(K); p/=p.sum()
run('c605_kl_chain_first', {'q':q,'p':p}, (T(q)*torch.log(T(q)/T(p))).sum().numpy(), fn='D_{KL}')
