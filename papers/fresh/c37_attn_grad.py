from h import *
rng=np.random.default_rng(38); n,dk,dv=4,3,2
q,k,v,c=rng.normal(size=(n,dk)),rng.normal(size=(n,dk)),rng.normal(size=(n,dv)),rng.normal(size=(n,dv))
Q=T(q).requires_grad_(); K=T(k).requires_grad_()
A=torch.softmax(Q@K.T/dk**.5,-1)@T(v); L=(T(c)*A).sum(); L.backward()
inp=dict(Q=q,K=k,V=v,C=c)
run('c37_attn_grad', inp, L.detach().numpy(), fn='L')
run('c37_attn_grad', inp, Q.grad.numpy(), fn='g_Q')
run('c37_attn_grad', inp, K.grad.numpy(), fn='g_K')
