from h import *
rng=np.random.default_rng(1736); L,dk,dv=5,3,2
q,k,v=rng.normal(size=(L,dk)),rng.normal(size=(L,dk))/2,rng.normal(size=(L,dv)); a=rng.uniform(0.5,1,size=L); b=rng.uniform(0.1,0.9,size=L)
S=torch.zeros(dv,dk); o=[]
for t in range(L):
    kt=T(k[t]); S=S@(a[t]*(torch.eye(dk)-b[t]*torch.outer(kt,kt)))+b[t]*torch.outer(T(v[t]),kt); o.append(S@T(q[t]))
run('c1736_gated_deltanet', {r'\mathbf{q}':q,r'\mathbf{k}':k,r'\mathbf{v}':v,r'\alpha':a,r'\beta':b}, torch.stack(o).numpy(), fn=r'\mathbf{o}')
