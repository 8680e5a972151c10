from h import *
rng=np.random.default_rng(1945); w,n,d=3,5,4
Q=rng.normal(size=(w,d)); K=rng.normal(size=(n,d))
A=torch.softmax(T(Q)@T(K).T/np.sqrt(d),-1)
run('c1945_h2o_score', {'Q':Q,'K':K}, A.sum(0).numpy(), fn='C')
