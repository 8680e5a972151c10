from h import *
rng=np.random.default_rng(1031); d=5; x,g=rng.normal(size=d),rng.normal(size=d)
A=rng.normal(size=(7,d)); G=A.T@A; eta=0.1
run('c1031_adagrad_diag', {'x_t':x,'g_t':g,'G_t':G,r'\eta':eta}, (T(x)-eta*torch.diag(T(G)).rsqrt()*T(g)).numpy(), fn='x_{t+1}')
