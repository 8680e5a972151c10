from h import *
rng=np.random.default_rng(699); n,dk,dv=4,3,2
Q,K,V=rng.normal(size=(n,dk)),rng.normal(size=(n,dk)),rng.normal(size=(n,dv)); M=np.triu(np.full((n,n),-1e9),1)
run('c699_masked_attention', {'Q':Q,'K':K,'V':V,'M':M}, (torch.softmax(T(Q@K.T/np.sqrt(dk)+M),-1)@T(V)).numpy(), fn='Attention')
