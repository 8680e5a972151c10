from h import *
rng=np.random.default_rng(953); n,d=4,5
Q,K,V=(rng.normal(size=(n,d)) for _ in range(3))
run('c953_mup_attention', {'Q':Q,'K':K,'V':V}, (torch.softmax(T(Q)@T(K).T/d,-1)@T(V)).numpy(), fn=r'\mathrm{Attention}')
