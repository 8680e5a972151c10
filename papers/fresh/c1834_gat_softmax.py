from h import *
rng=np.random.default_rng(1834); n=5; e=rng.normal(size=(n,n)); A=(rng.uniform(size=(n,n))<0.5).astype(float); np.fill_diagonal(A,1)
out=T(A)*torch.exp(T(e))/(T(A)*torch.exp(T(e))).sum(1,keepdim=True)
run('c1834_gat_softmax', {'e':e, r'\mathcal{N}':A}, out.numpy(), fn=r'\alpha')
