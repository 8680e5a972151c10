from h import *
rng=np.random.default_rng(1735); L,dk,dv=5,3,2
q,k,v=rng.normal(size=(L,dk)),rng.normal(size=(L,dk))/2,rng.normal(size=(L,dv)); b=rng.uniform(0.1,0.9,size=L)
S=torch.zeros(dv,dk); o=[]
for t in range(L):
    S=S-b[t]*torch.outer(S@T(k[t])-T(v[t]),T(k[t])); o.append(S@T(q[t]))
run('c1735_deltanet', {r'\mathbf{q}':q,r'\mathbf{k}':k,r'\mathbf{v}':v,r'\beta':b}, torch.stack(o).numpy(), fn=r'\mathbf{o}')
