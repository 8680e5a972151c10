from h import *
rng=np.random.default_rng(942); l,nh,dh=5,2,3
q,k,v=(rng.normal(size=(l,nh,dh)) for _ in range(3))
s=torch.einsum('tid,jid->itj',T(q),T(k))/np.sqrt(dh)
mask=torch.triu(torch.ones(l,l,dtype=torch.bool),1)
p=torch.softmax(s.masked_fill(mask,-np.inf),-1)
o=torch.einsum('itj,jid->tid',p,T(v))
run('c942_deepseek_head_causal', {r'\mathbf{q}':q, r'\mathbf{k}':k, r'\mathbf{v}':v}, o.numpy(), fn=r'\mathbf{o}')
