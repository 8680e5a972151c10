from h import *
rng=np.random.default_rng(1213); Tn,d=5,3; q=rng.normal(size=(Tn,d)); k=rng.normal(size=(Tn,d))
g=torch.sigmoid(T(q)@T(k).T)
p=torch.stack([torch.stack([g[i,j:i+1].sum() for j in range(Tn)]) for i in range(Tn)])
run('c1213_cope_positions', {'q':q,'k':k}, p.numpy(), fn='p')
