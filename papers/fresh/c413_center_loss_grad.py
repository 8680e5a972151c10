from h import *
rng=np.random.default_rng(413); m,d,n=6,3,4; x=rng.normal(size=(m,d)); c=rng.normal(size=(n,d)); y=rng.integers(0,n,m)
X=T(x).requires_grad_(); L=0.5*((X-T(c)[torch.tensor(y)])**2).sum(); L.backward()
run('c413_center_loss_grad', {'x':x,'c':c,'y':y+1}, L.detach().numpy(), fn=r'\mathcal{L}_C')
run('c413_center_loss_grad', {'x':x,'c':c,'y':y+1}, X.grad.numpy(), fn='g')
