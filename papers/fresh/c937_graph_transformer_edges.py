from h import *
rng=np.random.default_rng(937); n,d,dk=5,4,3; h=rng.normal(size=(n,d)); e=rng.normal(size=(n,n,d))
Q,K,V,E=(rng.normal(size=(dk,d)) for _ in range(4)); M=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(M,1)
s=(T(h)@T(Q).T)@(T(h)@T(K).T).T/np.sqrt(dk); s=s*(T(e)@T(E).T).sum(-1)
w=torch.softmax(s.masked_fill(T(M)==0,float('-inf')),dim=1)
run('c937_graph_transformer_edges', {'h':h,'e':e,'Q':Q,'K':K,'V':V,'E':E,r'\mathcal{N}':M}, (w@(T(h)@T(V).T)).numpy(), fn=r'\hat{h}')
