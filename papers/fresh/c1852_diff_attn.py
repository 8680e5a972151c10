from h import *
rng=np.random.default_rng(1852); N,d=5,3; Q1,Q2,K1,K2=[T(rng.normal(size=(N,d))) for _ in range(4)]; V=T(rng.normal(size=(N,2*d)))
out=(torch.softmax(Q1@K1.T/np.sqrt(d),-1)-0.6*torch.softmax(Q2@K2.T/np.sqrt(d),-1))@V
run('c1852_diff_attn', {'Q_1':Q1.numpy(),'Q_2':Q2.numpy(),'K_1':K1.numpy(),'K_2':K2.numpy(),'V':V.numpy(),r'\lambda':0.6}, out.numpy(), fn=r'\mathrm{DiffAttn}', dims={'d':d})
