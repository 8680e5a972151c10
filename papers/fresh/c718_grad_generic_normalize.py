from h import *
rng=np.random.default_rng(718); m,n=3,4
W=rng.normal(size=(m,n)); x=rng.normal(size=n); t=rng.normal(size=m)
Wt=T(W).requires_grad_(); u=Wt@T(x); L=((u/u.norm()-T(t))**2).sum(); L.backward()
run('c718_grad_generic_normalize', {'W':W,'x':x,'t':t}, Wt.grad.numpy(), fn='g')
