from h import *
rng=np.random.default_rng(1465); dx,lx,dz,lz,da,do=3,4,5,6,2,3
X=rng.normal(size=(dx,lx)); Z=rng.normal(size=(dz,lz)); Wq=rng.normal(size=(da,dx)); bq=rng.normal(size=da)
Wk=rng.normal(size=(da,dz)); bk=rng.normal(size=da); Wv=rng.normal(size=(do,dz)); bv=rng.normal(size=do)
Q=T(Wq)@T(X)+T(bq)[:,None]; K=T(Wk)@T(Z)+T(bk)[:,None]; V=T(Wv)@T(Z)+T(bv)[:,None]
S=K.T@Q   # l_z x l_x: one column per primary token
exp=V@torch.softmax(S/np.sqrt(da),0)
run('c1465_phuong_hutter_attention', {r'\mathbf{X}':X, r'\mathbf{Z}':Z, r'\mathbf{W_q}':Wq, r'\mathbf{b_q}':bq, r'\mathbf{W_k}':Wk,
    r'\mathbf{b_k}':bk, r'\mathbf{W_v}':Wv, r'\mathbf{b_v}':bv}, exp.numpy(), fn=r'\tilde{\mathbf{V}}')
