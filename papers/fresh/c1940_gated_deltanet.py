from h import *
rng=np.random.default_rng(1940); dk,dv=3,4
S=rng.normal(size=(dv,dk)); k=rng.normal(size=dk); k/=np.linalg.norm(k); q=rng.normal(size=dk); v=rng.normal(size=dv); a,b=0.9,0.6
St=T(S)@(a*(torch.eye(dk)-b*torch.outer(T(k),T(k))))+b*torch.outer(T(v),T(k))
run('c1940_gated_deltanet', {r'\mathbf{S}_{t-1}':S,r'\mathbf{k}_t':k,r'\mathbf{q}_t':q,r'\mathbf{v}_t':v,r'\alpha_t':a,r'\beta_t':b},
    {'s_t':St.numpy(),'o_t':(St@T(q)).numpy()}, fn=[r'\mathbf{S}_t',r'\mathbf{o}_t'])
