from h import *
rng=np.random.default_rng(52); n,d=5,3; Zn=rng.normal(size=(n,d))
Z=T(Zn).requires_grad_(); v=Z.var(0,unbiased=False).sqrt().sum(); v.backward()
run('c52_grad_colslice', dict(Z=Zn), v.detach().numpy(), fn='v')
run('c52_grad_colslice', dict(Z=Zn), Z.grad.numpy(), fn='g')
Z=T(Zn).requires_grad_(); w=Z.norm(dim=0).sum(); w.backward()
run('c52_grad_colslice', dict(Z=Zn), Z.grad.numpy(), fn='g_w')
