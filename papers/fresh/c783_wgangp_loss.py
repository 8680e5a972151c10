from h import *
rng=np.random.default_rng(783); d,hh=4,3
x,xt,xh=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); V=rng.normal(size=(hh,d)); w=rng.normal(size=hh); lam=10.0
D=lambda v: T(w)@torch.tanh(T(V)@v)
XH=T(xh).requires_grad_(); (gx,)=torch.autograd.grad(D(XH),XH)
run('c783_wgangp_loss', {'x':x,r'\tilde{x}':xt,r'\hat{x}':xh,'V':V,'w':w,r'\lambda':lam}, (D(T(xt))-D(T(x))+lam*(gx.norm()-1)**2).detach().numpy())
