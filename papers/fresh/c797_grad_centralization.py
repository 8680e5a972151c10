from h import *
rng=np.random.default_rng(797); M,N=4,3
G=rng.normal(size=(M,N))
run('c797_grad_centralization', {r'\nabla_W \mathcal{L}':G}, G-G.mean(0,keepdims=True))
