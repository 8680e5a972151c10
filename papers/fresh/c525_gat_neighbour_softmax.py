from h import *
rng=np.random.default_rng(525); n=5; e=rng.normal(size=(n,n)); A=(rng.random((n,n))<.5).astype(float); np.fill_diagonal(A,1)
E=torch.exp(T(e)); den=(E*T(A)).sum(1,keepdim=True)
run('c525_gat_neighbour_softmax', {'e':e,'A':A}, (E*T(A)/den).numpy(), fn=r'\alpha')
