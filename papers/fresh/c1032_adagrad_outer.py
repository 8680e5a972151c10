from h import *
rng=np.random.default_rng(1032); t,d=4,5; g=rng.normal(size=(t,d)); x=rng.normal(size=d); eta=0.1
G=T(g).T@T(g)
run('c1032_adagrad_outer', {'g':g,'x_t':x,r'\eta':eta}, {'G_t':G.numpy(), 'x_{t+1}':(T(x)-eta*torch.diag(G).rsqrt()*T(g)[-1]).numpy()}, fn=['G_t','x_{t+1}'])
