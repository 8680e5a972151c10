from h import *
rng=np.random.default_rng(56); N,d=5,3; a,p,n=[rng.normal(size=(N,d)) for _ in range(3)]
Aa=T(a).requires_grad_(); L=torch.relu(((Aa-T(p))**2).sum(1)-((Aa-T(n))**2).sum(1)+0.2).sum(); L.backward()
run('c56_grad_triplet_vec', dict(a=a,p=p,n=n), L.detach().numpy(), fn='L')
run('c56_grad_triplet_vec', dict(a=a,p=p,n=n), Aa.grad.numpy(), fn='g')
