from h import *
rng=np.random.default_rng(1508); n,m,dk,dv=3,5,4,2; Q=rng.normal(size=(n,dk)); K=rng.normal(size=(m,dk)); V=rng.normal(size=(m,dv))
run('c1508_wiki_transformer_attention', {'Q':Q,'K':K,'V':V}, (torch.softmax(T(Q)@T(K).T/np.sqrt(dk),-1)@T(V)).numpy(), fn=r'\text{Attention}')
