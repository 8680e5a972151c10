from h import *
rng=np.random.default_rng(600); n,m,dk,dv=3,5,4,2
Q,K,V=rng.normal(size=(n,dk)),rng.normal(size=(m,dk)),rng.normal(size=(m,dv))
run('c600_attention_shape', {'Q':Q,'K':K,'V':V}, (torch.softmax(T(Q)@T(K).T/np.sqrt(dk),1)@T(V)).numpy(), fn=r'\mathrm{Attention}')
