from h import *
rng=np.random.default_rng(5); n,dk,dv=5,4,3
q,k,v=rng.normal(size=(n,dk)),rng.normal(size=(n,dk)),rng.normal(size=(n,dv))
M=torch.triu(torch.full((n,n),float('-inf')),1)
exp=torch.softmax(T(q)@T(k).T/dk**.5+M,-1)@T(v)
run('c05_causal_mask', dict(Q=q,K=k,V=v), exp.numpy())
run('c05_causal_mask', dict(Q=q,K=k,V=v), M.numpy(), fn='M')
