from h import *
rng=np.random.default_rng(1026); Tn,d,e,s=4,3,5,2; X=rng.normal(size=(Tn,d)); Wu=rng.normal(size=(d,e)); Wv=rng.normal(size=(d,e)); Wz=rng.normal(size=(d,s)); Wo=rng.normal(size=(e,d))
gq,bq,gk,bk=(rng.normal(size=s) for _ in range(4)); si=torch.nn.functional.silu
U=si(T(X)@T(Wu)); V=si(T(X)@T(Wv)); Z=si(T(X)@T(Wz)); Q=T(gq)*Z+T(bq); K=T(gk)*Z+T(bk)
A=torch.relu(Q@K.T/Tn)**2
run('c1026_gau', {'X':X,'W_u':Wu,'W_v':Wv,'W_z':Wz,'W_o':Wo,r'\gamma_q':gq,r'\beta_q':bq,r'\gamma_k':gk,r'\beta_k':bk}, ((U*(A@V))@T(Wo)).numpy(), fn='O')
