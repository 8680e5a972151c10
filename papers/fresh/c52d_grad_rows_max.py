from h import *
rng=np.random.default_rng(53); n,d=5,3; Zn=rng.normal(size=(n,d))*0.5
Z=T(Zn).requires_grad_(); v=torch.relu(1-Z.norm(dim=1)).sum(); v.backward()
run('c52d_grad_rows_max', dict(Z=Zn), v.detach().numpy(), fn='v')
run('c52d_grad_rows_max', dict(Z=Zn), Z.grad.numpy(), fn='g')
