from h import *
rng=np.random.default_rng(25); n,dk,dv=5,3,4
q,k,v=rng.normal(size=(n,dk)),rng.normal(size=(n,dk)),rng.normal(size=(n,dv))
exp=torch.softmax(T(q),1)@(torch.softmax(T(k),0).T@T(v))
run('c25_efficient_attn', dict(Q=q,K=k,V=v), exp.numpy())
