from h import *
rng=np.random.default_rng(36); n=4; M=rng.normal(size=(n,n)); A=M@M.T+np.eye(n); w,b=rng.normal(size=n),rng.normal(size=n)
W=T(w).requires_grad_(); E=0.5*W@T(A)@W-T(b)@W; E.backward()
run('c35_quadratic_grad', dict(A=A,w=w,b=b), E.detach().numpy(), fn='E')
run('c35_quadratic_grad', dict(A=A,w=w,b=b), W.grad.numpy(), fn='g')
