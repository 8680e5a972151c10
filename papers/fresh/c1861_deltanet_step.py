from h import *
rng=np.random.default_rng(1861); d=3; S=rng.normal(size=(d,d)); k=rng.normal(size=d); v=rng.normal(size=d); b=0.5
run('c1861_deltanet_step', {r'\mathbf{S}_{t-1}':S, r'\mathbf{k}_t':k, r'\mathbf{v}_t':v, r'\beta_t':b}, S@(np.eye(d)-b*np.outer(k,k))+b*np.outer(v,k), fn=r'\mathbf{S}_t')
