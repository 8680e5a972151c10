from h import *
rng=np.random.default_rng(782); d,hh=4,3
x=rng.normal(size=d); V=rng.normal(size=(hh,d)); w=rng.normal(size=hh); g=10.0
X=T(x).requires_grad_(); D=T(w)@torch.tanh(T(V)@X); (gx,)=torch.autograd.grad(D,X)
run('c782_r1_penalty', {'x':x,'V':V,'w':w,r'\gamma':g}, (g/2*(gx**2).sum()).numpy())
