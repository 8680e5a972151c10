from h import *
rng=np.random.default_rng(2048); Tn,dk,dv=4,3,2
Q,K=rng.normal(size=(Tn,dk)),rng.normal(size=(Tn,dk)); V=rng.normal(size=(Tn,dv)); s=rng.uniform(.5,1.5,dk)
qh=Q/np.linalg.norm(Q,axis=1,keepdims=True)*s; kh=K/np.linalg.norm(K,axis=1,keepdims=True)*s
run('c2048_ngpt_cos_attn', {'Q':Q,'K':K,'V':V, r'\mathbf{s}_{qk}':s}, torch.softmax(T(qh@kh.T*np.sqrt(dk)),-1).numpy()@V, fn=r'\mathrm{Attn}')
