from h import *
rng=np.random.default_rng(870); n,d=5,3; f=rng.normal(size=(n,d))
S=T(f)@T(f).T   # [n_i, u]
run('c870_node2vec_softmax', {'f':f}, torch.softmax(S,dim=0).numpy(), fn=r'\Pr')
