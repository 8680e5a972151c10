from h import *
rng=np.random.default_rng(1651); n=5; H=rng.normal(size=n)
Ht=T(H); top=torch.topk(Ht,2).indices; v=torch.full((n,),-float('inf')); v[top]=Ht[top]
run('c1651_keep_topk', {'H(x)':H}, torch.softmax(v,0).numpy(), fn='G')
