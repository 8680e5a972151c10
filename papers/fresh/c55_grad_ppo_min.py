from h import *
r=np.array([0.5,0.9,1.1,1.5,0.7,1.3]); A=np.array([1.,-1.,2.,1.,-2.,-1.])
R=T(r).requires_grad_(); L=torch.min(R*T(A),torch.clamp(R,0.8,1.2)*T(A)).mean(); L.backward()
run('c55_grad_ppo_min', dict(r=r,A=A), L.detach().numpy(), fn='L')
run('c55_grad_ppo_min', dict(r=r,A=A), R.grad.numpy(), fn='g')
