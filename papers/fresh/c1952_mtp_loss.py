from h import *
rng=np.random.default_rng(1952); M,V,Tn=4,5,5
P=rng.uniform(0.1,1,size=(M,V)); P/=P.sum(1,keepdims=True); t=np.array([0,3,1,4])
run('c1952_mtp_loss', {'P^k':P,'t':t,'T':Tn}, -np.log(P[np.arange(M),t]).sum()/Tn, fn=r'\mathcal{L}_\text{MTP}^k')
