from h import *
rng=np.random.default_rng(967); N,d=4,3
Q1,Q2,K1,K2=(rng.normal(size=(N,d)) for _ in range(4)); V=rng.normal(size=(N,2*d))
lq1,lk1,lq2,lk2=(rng.normal(size=d)*0.3 for _ in range(4))
lam=np.exp(lq1@lk1)-np.exp(lq2@lk2)+0.8
sm=lambda a,b: torch.softmax(T(a)@T(b).T/np.sqrt(d),-1)
out=(sm(Q1,K1)-lam*sm(Q2,K2))@T(V)
inp={'Q_1':Q1,'Q_2':Q2,'K_1':K1,'K_2':K2,'V':V, r'\lambda_{q_1}':lq1, r'\lambda_{k_1}':lk1, r'\lambda_{q_2}':lq2, r'\lambda_{k_2}':lk2}
run('c967_diff_attn', inp, out.numpy(), fn=r'\text{DiffAttn}')
