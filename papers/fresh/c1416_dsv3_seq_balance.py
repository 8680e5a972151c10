from h import *
rng=np.random.default_rng(1416); Nr,T_,K=5,6,2
s=rng.uniform(0,1,size=(Nr,T_)); al=1e-3
ind=np.zeros_like(s)
for t in range(T_): ind[np.argsort(-s[:,t])[:K],t]=1
f=Nr/(K*T_)*ind.sum(1); P=(s/s.sum(0,keepdims=True)).mean(1)
run('c1416_dsv3_seq_balance', {'s':s,r'\alpha':al}, al*np.sum(f*P), fn=r'\mathcal{L}_{\mathrm{Bal}}')
