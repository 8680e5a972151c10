from h import *
rng=np.random.default_rng(1734); n,dq,dv=5,3,2; Q,K,V=rng.normal(size=(n,dq)),rng.normal(size=(n,dq)),rng.normal(size=(n,dv))
o=torch.sigmoid(T(Q)@T(K).T/np.sqrt(dq)-np.log(n))@T(V)
run('c1734_sigmoid_attn', {'Q':Q,'K':K,'V':V}, o.numpy(), fn=r'\mathrm{SigmoidAttn}')
