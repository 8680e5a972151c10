from h import *
rng=np.random.default_rng(1526); N,d=4,3; x=rng.normal(size=(N,d)); S=x@x.T; S=S+np.triu(np.full((N,N),-np.inf),1)
A=torch.softmax(T(S),-1).numpy()
run('c1526_jm_causal_attention', {r'\mathbf{x}':x}, A@x, fn=r'\mathbf{a}')
