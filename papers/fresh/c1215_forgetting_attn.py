from h import *
rng=np.random.default_rng(1215); L,d,dv=5,3,2; q=rng.normal(size=(L,d)); k=rng.normal(size=(L,d)); v=rng.normal(size=(L,dv)); f=rng.uniform(0.5,1,size=L)
lf=torch.log(T(f)); D=torch.stack([torch.stack([lf[j+1:i+1].sum() for j in range(L)]) for i in range(L)])
s=T(q)@T(k).T+D; mask=torch.tril(torch.ones(L,L,dtype=torch.bool)); w=torch.exp(s).masked_fill(~mask,0)
run('c1215_forgetting_attn', {'q':q,'k':k,'v':v,'f':f}, ((w@T(v))/w.sum(1,keepdim=True)).numpy(), fn='o')
