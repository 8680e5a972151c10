from h import *
rng=np.random.default_rng(873); n,d,dk=5,4,3; h=rng.normal(size=(n,d)); Q,K,V=(rng.normal(size=(dk,d)) for _ in range(3))
M=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(M,1)
s=(T(h)@T(Q).T)@(T(h)@T(K).T).T/np.sqrt(dk); s=s.masked_fill(T(M)==0,float('-inf')); w=torch.softmax(s,dim=1)
run('c873_graph_transformer', {r'h^{\ell}':h,r'Q^{k,\ell}':Q,r'K^{k,\ell}':K,r'V^{k,\ell}':V,r'\mathcal{N}':M}, (w@(T(h)@T(V).T)).numpy(), fn=r'\hat{h}^{k,\ell+1}')
