from h import *
rng=np.random.default_rng(730); N,dm,d=4,5,3
X=rng.normal(size=(N,dm)); WQ,WK,WV=(rng.normal(size=(dm,2*d)) for _ in range(3)); lam=0.6
Q,K,V=T(X)@T(WQ),T(X)@T(WK),T(X)@T(WV)
Q1,Q2,K1,K2=Q[:,:d],Q[:,d:],K[:,:d],K[:,d:]
out=(torch.softmax(Q1@K1.T/d**.5,1)-lam*torch.softmax(Q2@K2.T/d**.5,1))@V
run('c730_diff_attn', {'X':X,'W^Q':WQ,'W^K':WK,'W^V':WV,r'\lambda':lam}, out.numpy(), fn=r'\mathrm{DiffAttn}')
