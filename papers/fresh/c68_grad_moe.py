from h import *
rng=np.random.default_rng(68); d,n,m=3,4,2
x,Vg,W=rng.normal(size=d),rng.normal(size=(d,n)),rng.normal(size=(n,m,d))
VV=T(Vg).requires_grad_(); WW=T(W).requires_grad_()
G=torch.softmax(T(x)@VV,0); y=sum(G[i]*(WW[i]@T(x)) for i in range(n)); L=(y**2).sum(); L.backward()
run('c68_grad_moe', {'x':x,'V':Vg,'W_i':W}, L.detach().numpy(), fn='L')
run('c68_grad_moe', {'x':x,'V':Vg,'W_i':W}, VV.grad.numpy(), fn='g_V')
run('c68_grad_moe', {'x':x,'V':Vg,'W_i':W}, WW.grad.numpy(), fn='g_W')
