from h import *
rng=np.random.default_rng(462); n,d=6,4; Q,K,V,B=(rng.normal(size=s) for s in [(n,d),(n,d),(n,d),(n,n)])
out=torch.softmax(T(Q)@T(K).T/np.sqrt(d)+T(B),-1)@T(V)
run('c462_swin_relpos', {'Q':Q,'K':K,'V':V,'B':B}, out.numpy(), fn=r'\text{Attention}')
