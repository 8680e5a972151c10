from h import *
rng=np.random.default_rng(1950); N,d=4,3
Q1,Q2,K1,K2=(rng.normal(size=(N,d)) for _ in range(4)); V=rng.normal(size=(N,2*d)); lq1,lk1,lq2,lk2=(rng.normal(0,.3,size=d) for _ in range(4)); li=0.8
lam=np.exp(lq1@lk1)-np.exp(lq2@lk2)+li
sm=lambda a: torch.softmax(T(a),-1).numpy()
out=(sm(Q1@K1.T/np.sqrt(d))-lam*sm(Q2@K2.T/np.sqrt(d)))@V
run('c1950_diff_attention', {'Q_1':Q1,'Q_2':Q2,'K_1':K1,'K_2':K2,'V':V,r'\lambda_{q_1}':lq1,r'\lambda_{k_1}':lk1,r'\lambda_{q_2}':lq2,r'\lambda_{k_2}':lk2,r'\lambda_{init}':li}, out, fn=r'\mathrm{DiffAttn}')
