from h import *
rng=np.random.default_rng(1951); L,d,dv=4,3,2
q=rng.normal(size=(L,d)); k=rng.normal(size=(L,d)); v=rng.normal(size=(L,dv)); f=rng.uniform(0.5,1,size=L)
o=np.zeros((L,dv))
for i in range(L):
    w=np.array([np.prod(f[j+1:i+1])*np.exp(q[i]@k[j]) for j in range(i+1)])
    o[i]=(w[:,None]*v[:i+1]).sum(0)/w.sum()
run('c1951_forgetting_attention', {r'\mathbf{q}':q, r'\mathbf{k}':k, r'\mathbf{v}':v, 'f':f}, o, fn=r'\mathbf{o}')
