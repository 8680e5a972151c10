from h import *
rng=np.random.default_rng(1860); n,d=5,3; Q,K,V=[rng.normal(size=(n,d)) for _ in range(3)]; g=0.8
i=np.arange(n); Dm=np.where(i[:,None]>=i[None,:], g**(i[:,None]-i[None,:]).astype(float), 0.0)
run('c1860_retnet_parallel', {'Q':Q,'K':K,'V':V,r'\gamma':g}, (Q@K.T*Dm)@V, fn=r'\mathrm{Retention}')
