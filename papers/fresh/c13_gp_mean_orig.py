from h import *
rng=np.random.default_rng(13); n=5
X=rng.normal(size=(n,2)); xs=rng.normal(size=2)
def k(a,b): return np.exp(-0.5*((a-b)**2).sum(-1))
K=k(X[:,None],X[None]); ks=k(X,xs); kss=1.0; y=rng.normal(size=n); sn=0.3
A=T(K)+sn**2*torch.eye(n)
mean=T(ks)@torch.linalg.solve(A,T(y)); var=kss-T(ks)@torch.linalg.solve(A,T(ks))
inp={'K':K,'I':np.eye(n),'\\mathbf{k}_*':ks,'\\mathbf{y}':y,'k_{**}':kss,'\\sigma_n':sn}
run('c13_gp_mean_orig', {k_:v for k_,v in inp.items() if k_!='k_{**}'}, mean.numpy(), fn='\\bar{f}_*')
run('c13_gp_mean_orig', inp, var.numpy(), fn='\\mathbb{V}')
