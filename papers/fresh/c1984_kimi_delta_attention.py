from h import *
rng=np.random.default_rng(1984); dk,dv=4,3; S=rng.normal(size=(dk,dv)); k=rng.normal(size=dk); k/=np.linalg.norm(k); a=rng.uniform(size=dk); v=rng.normal(size=dv); b=0.6
out=(np.eye(dk)-b*np.outer(k,k))@np.diag(a)@S+b*np.outer(k,v)
run('c1984_kimi_delta_attention', {r'\mathbf{S}_{t-1}':S, r'\mathbf{k}_t':k, r'\boldsymbol{\alpha}_t':a, r'\mathbf{v}_t':v, r'\beta_t':b}, out, fn=r'\mathbf{S}_t')
