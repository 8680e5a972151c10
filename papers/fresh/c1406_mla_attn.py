from h import *
rng=np.random.default_rng(1406); T_,H,dh,dr=4,2,3,2
qc,kc,vc=(rng.normal(size=(T_,H,dh)) for _ in range(3)); qr=rng.normal(size=(T_,H,dr)); kr=rng.normal(size=(T_,dr))
q=np.concatenate([qc,qr],2); k=np.concatenate([kc,np.repeat(kr[:,None,:],H,1)],2)
s=np.einsum('thd,jhd->htj',q,k)/np.sqrt(dh+dr); mask=np.tril(np.ones((T_,T_)))
s=np.where(mask[None]>0,s,-np.inf); p=torch.softmax(T(s),-1).numpy()
o=np.einsum('htj,jhd->thd',p,vc)
run('c1406_mla_attn', {r'\mathbf{q}^{C}':qc,r'\mathbf{k}^{C}':kc,r'\mathbf{v}^{C}':vc,r'\mathbf{q}^{R}':qr,r'\mathbf{k}^{R}':kr}, o, fn=r'\mathbf{o}')
