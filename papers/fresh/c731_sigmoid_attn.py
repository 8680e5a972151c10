from h import *
rng=np.random.default_rng(731); n,dqk,dv=5,4,3
Q,K,V=rng.normal(size=(n,dqk)),rng.normal(size=(n,dqk)),rng.normal(size=(n,dv))
out=torch.sigmoid(T(Q)@T(K).T/dqk**.5-np.log(n))@T(V)
run('c731_sigmoid_attn', {'Q':Q,'K':K,'V':V}, out.numpy(), fn=r'\mathrm{SigmoidAttn}')
