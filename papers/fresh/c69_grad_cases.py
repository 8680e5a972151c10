from h import *
x=np.array([0.3,2.0,-1.5,0.9,-0.2]); t=np.array([0.,0.,0.,0.,0.5])
X=T(x).requires_grad_(); L=torch.nn.functional.smooth_l1_loss(X,T(t),reduction='sum'); L.backward()
run('c69_grad_cases', dict(x=x,t=t), L.detach().numpy(), fn='L')
run('c69_grad_cases', dict(x=x,t=t), X.grad.numpy(), fn='g')
