from h import *
rng=np.random.default_rng(1024); n,d,dv=4,3,2; Q=rng.normal(size=(n,d)); K=rng.normal(size=(n,d)); V=rng.normal(size=(n,dv)); g=2.5
qn=T(Q)/T(Q).norm(dim=1,keepdim=True); kn=T(K)/T(K).norm(dim=1,keepdim=True)
run('c1024_qknorm', {'Q':Q,'K':K,'V':V,'g':g}, (torch.softmax(g*qn@kn.T,dim=1)@T(V)).numpy(), fn=r'\mathrm{Attention}')
