from h import *
rng=np.random.default_rng(1216); n,d,dv,w=6,3,2,1; Q=rng.normal(size=(n,d)); K=rng.normal(size=(n,d)); V=rng.normal(size=(n,dv))
i=torch.arange(n); M=torch.where((i[:,None]-i[None,:]).abs()<=w, 0.0, -float('inf'))
run('c1216_local_window', {'Q':Q,'K':K,'V':V,'w':w}, (torch.softmax(T(Q)@T(K).T/d**0.5+M,1)@T(V)).numpy(), fn=r'\mathrm{Attn}')
