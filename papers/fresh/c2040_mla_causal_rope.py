from h import *
rng=np.random.default_rng(2040); Tn,dh,dr=4,3,2
qc,kc=rng.normal(size=(Tn,dh)),rng.normal(size=(Tn,dh)); qr,kr=rng.normal(size=(Tn,dr)),rng.normal(size=(Tn,dr)); v=rng.normal(size=(Tn,dh))
q=np.concatenate([qc,qr],1); k=np.concatenate([kc,kr],1); S=q@k.T/np.sqrt(dh+dr)
S=np.where(np.tril(np.ones((Tn,Tn)))>0,S,-np.inf); P=torch.softmax(T(S),-1).numpy()
run('c2040_mla_causal_rope', {r'\mathbf{q}^C':qc, r'\mathbf{k}^C':kc, r'\mathbf{q}^R':qr, r'\mathbf{k}^R':kr, r'\mathbf{v}^C':v}, P@v, fn=r'\mathbf{o}')
