from h import *
rng=np.random.default_rng(52); n,d=5,3; Zn=rng.normal(size=(n,d))*np.array([0.3,2.0,0.5])
Z=T(Zn).requires_grad_(); v=torch.relu(1-Z.var(0,unbiased=False).sqrt()).sum(); v.backward()
run('c52b_grad_colslice_max', dict(Z=Zn), v.detach().numpy(), fn='v')
run('c52b_grad_colslice_max', dict(Z=Zn), Z.grad.numpy(), fn='g')
