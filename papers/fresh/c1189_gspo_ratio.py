from h import *
rng=np.random.default_rng(1189); G,L=3,5; a,b=rng.normal(size=(G,L)),rng.normal(size=(G,L)); lens=np.array([5,3,4]); m=(np.arange(L)[None,:]<lens[:,None]).astype(float)
run('c1189_gspo_ratio', {r'\log \pi_\theta(y_{i,t}|x, y_{i,<t})':a,r'\log \pi_{\theta_{old}}(y_{i,t}|x, y_{i,<t})':b,'m':m,'y':lens.astype(float)}, np.exp((m*(a-b)).sum(1)/lens))
