from h import *
rng=np.random.default_rng(2039); n,dq,dv=5,3,2
Q,K=rng.normal(size=(n,dq)),rng.normal(size=(n,dq)); V=rng.normal(size=(n,dv))
out=torch.sigmoid(T(Q@K.T/np.sqrt(dq)-np.log(n))).numpy()@V
run('c2039_sigmoid_attn_bias', {'Q':Q,'K':K,'V':V}, out, fn=r'\mathrm{SigmoidAttn}')
