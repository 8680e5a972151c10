from h import *
rng=np.random.default_rng(801); n,m=3,4
G=rng.normal(size=(n,m))*0.5; C0=rng.random(m); b=0.8
Gt=T(G).requires_grad_(); C=b*T(C0)+(1-b)*(Gt**2+1e-30).sum(0); torch.tanh(C).sum().backward()
ins={'G_t':G,'C_{t-1}':C0,r'\hat{\beta}_{2t}':b}
run('c801_grad_adafactor_cols', ins, C.detach().numpy(), fn='C_t')
run('c801_grad_adafactor_cols', ins, Gt.grad.numpy(), fn='g')
