from h import *
rng=np.random.default_rng(1941); dk,dv=3,2
S=rng.normal(size=(dv,dk)); k=rng.normal(size=dk); v=rng.normal(size=dv); b=0.4
out=T(S)-b*torch.outer(T(S)@T(k)-T(v),T(k))
run('c1941_deltanet_update', {r'\mathbf{S}_{t-1}':S,r'\mathbf{k}_t':k,r'\mathbf{v}_t':v,r'\beta_t':b}, out.numpy(), fn=r'\mathbf{S}_t')
