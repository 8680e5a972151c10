from h import *
rng=np.random.default_rng(1178); L,d,dv=5,3,2; Q,K=rng.normal(size=(L,d)),rng.normal(size=(L,d)); V=rng.normal(size=(L,dv)); f=rng.uniform(0.3,1,L)
o=np.zeros((L,dv))
for i in range(L):
    w=np.array([np.prod(f[j+1:i+1])*np.exp(Q[i]@K[j]) for j in range(i+1)]); o[i]=(w[:,None]*V[:i+1]).sum(0)/w.sum()
run('c1178_forgetting_attention', {'Q':Q,'K':K,'V':V,'f':f}, o, fn='o')
