from h import *
rng=np.random.default_rng(54); n,d=6,3; X=rng.normal(size=(n,d)); y=np.sign(rng.normal(size=n)); w=rng.normal(size=d)*3; lam=0.1
W=T(w).requires_grad_(); f=lam/2*(W**2).sum()+torch.relu(1-T(y)*(T(X)@W)).mean(); f.backward()
print('margins', 1-y*(X@w))
run('c53b_grad_svm_relu', {'x':X,'y':y,'w':w,'\\lambda':lam}, f.detach().numpy(), fn='f')
run('c53b_grad_svm_relu', {'x':X,'y':y,'w':w,'\\lambda':lam}, W.grad.numpy(), fn='g')
