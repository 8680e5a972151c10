from h import *
# causal self-attention: a_i = sum_{j<=i} softmax_j(x_i . x_j over j<=i) x_j
rng=np.random.default_rng(1590); N,d=5,3; x=rng.normal(size=(N,d))
S=x@x.T; S=S+np.triu(np.full((N,N),-np.inf),1)
A=torch.softmax(T(S),-1).numpy()
run('c1590_jm_causal_softmax_tail', {r'\mathbf{x}':x}, {'alpha':A, 'a':A@x}, fn=[r'\alpha', r'\mathbf{a}'])
