from h import *
rng=np.random.default_rng(1535); n=10; Tt=rng.permutation(n).astype(float)+1; eta=rng.normal(size=n); d=rng.integers(0,2,n).astype(float); d[:3]=1
t,e,dd=T(Tt),T(eta),T(d)
# i, j over all pairs: pair (i, j) counts when T_j < T_i and delta_j = 1, concordant when eta_j > eta_i
A=(t[None,:]<t[:,None]).double()*dd[None,:]; Cc=A*(e[None,:]>e[:,None]).double()
run('c1535_cindex', {'T':Tt,r'\eta':eta,r'\delta':d}, (Cc.sum()/A.sum()).numpy(), fn='C')
