from h import *
rng=np.random.default_rng(871); n,d=5,3; f=rng.normal(size=(n,d)); Ns=(rng.random((n,n))<.5).astype(float)
S=T(f)@T(f).T; Z=torch.exp(S).sum(1)
run('c871_node2vec_objective', {'f':f,'N_S':Ns}, (-torch.log(Z)+(T(Ns)*S).sum(1)).sum().numpy(), fn='O')
