from h import *
rng=np.random.default_rng(37); N,p=8,3; X=rng.normal(size=(N,p)); y=rng.normal(size=N); w=rng.normal(size=p); lam=0.5
W=T(w).requires_grad_(); L=((T(y)-T(X)@W)**2).sum()+lam*(W**2).sum(); L.backward()
run('c36_ridge_grad', {'X':X,'y':y,'w':w,'\\lambda':lam}, L.detach().numpy(), fn='L')
run('c36_ridge_grad', {'X':X,'y':y,'w':w,'\\lambda':lam}, W.grad.numpy(), fn='g')
wh=torch.linalg.solve(T(X).T@T(X)+lam*torch.eye(p),T(X).T@T(y))
run('c36_ridge_grad', {'X':X,'y':y,'\\lambda':lam,'I':np.eye(p)}, wh.numpy(), fn='\\hat{w}')
