from h import *
rng=np.random.default_rng(693); N,d=7,3
X=rng.normal(size=(N,d)); y=rng.choice([-1.0,1.0],size=N); w=rng.normal(size=d)
W=T(w).requires_grad_(); E=torch.log1p(torch.exp(-T(y)*(T(X)@W))).mean(); E.backward()
run('c693_logreg_grad', {'X':X,'y':y,'w':w}, W.grad.numpy(), fn='g')
