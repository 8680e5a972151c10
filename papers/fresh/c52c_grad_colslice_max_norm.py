from h import *
rng=np.random.default_rng(52); n,d=5,3; Zn=rng.normal(size=(n,d))*np.array([0.1,2.0,0.2])
Z=T(Zn).requires_grad_(); v=torch.relu(1-Z.norm(dim=0)).sum(); v.backward()
run('c52c_grad_colslice_max_norm', dict(Z=Zn), v.detach().numpy(), fn='v')
run('c52c_grad_colslice_max_norm', dict(Z=Zn), Z.grad.numpy(), fn='g')
