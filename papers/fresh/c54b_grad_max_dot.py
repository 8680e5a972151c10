from h import *
rng=np.random.default_rng(54); n,d=6,3; X=rng.normal(size=(n,d)); y=np.sign(rng.normal(size=n)); w=rng.normal(size=d)*3
W=T(w).requires_grad_(); v=torch.relu(1-T(y)*(T(X)@W)).sum(); v.backward()
run('c54b_grad_max_dot', dict(x=X,y=y,w=w), W.grad.numpy(), fn='g')
W=T(w).requires_grad_(); u=((1-T(y)*(T(X)@W))**2).sum(); u.backward()
run('c54b_grad_max_dot', dict(x=X,y=y,w=w), W.grad.numpy(), fn='g_u')
