from h import *
rng=np.random.default_rng(876); N,Fd=5,3; h=rng.normal(size=(N,Fd)); W=rng.normal(size=(Fd,Fd))
s=torch.sigmoid(T(h).mean(0))
run('c876_dgi', {r'\vec{h}':h,r'\mathbf{W}':W}, torch.sigmoid(T(h)@T(W)@s).numpy(), fn=r'\mathcal{D}')
