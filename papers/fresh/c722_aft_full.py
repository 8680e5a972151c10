from h import *
rng=np.random.default_rng(722); Tn,d=5,3
Q,K,V=(rng.normal(size=(Tn,d)) for _ in range(3)); w=rng.normal(size=(Tn,Tn))
Qt,Kt,Vt,wt=T(Q),T(K),T(V),T(w)
E=torch.exp(Kt[None,:,:]+wt[:,:,None])   # [t, t', d]
Y=torch.sigmoid(Qt)*(E*Vt[None]).sum(1)/E.sum(1)
run('c722_aft_full', {'Q':Q,'K':K,'V':V,'w':w}, Y.numpy(), fn='Y_t')
