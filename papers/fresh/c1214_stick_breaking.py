from h import *
rng=np.random.default_rng(1214); L,d,dv=5,3,2; Q=rng.normal(size=(L,d)); K=rng.normal(size=(L,d)); V=rng.normal(size=(L,dv))
beta=torch.sigmoid(T(K)@T(Q).T)   # beta[i,j] = sigma(q_j . k_i)
A=torch.stack([torch.stack([beta[i,j]*torch.prod(1-beta[i+1:j,j]) for j in range(L)]) for i in range(L)])
o=torch.stack([(A[:j,j,None]*T(V)[:j]).sum(0) for j in range(L)])
run('c1214_stick_breaking', {'Q':Q,'K':K,'V':V}, o.numpy(), fn='o')
