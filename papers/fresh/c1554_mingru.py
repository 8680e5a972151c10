from h import *
rng=np.random.default_rng(1554); Tn,dx,dh=5,3,4; x=rng.normal(size=(Tn,dx)); Wz,Wh=rng.normal(size=(dh,dx)),rng.normal(size=(dh,dx)); bz,bh=rng.normal(size=dh),rng.normal(size=dh)
h=torch.zeros(dh); out=[]
for t in range(Tn):
    z=torch.sigmoid(T(Wz)@T(x[t])+T(bz)); ht=T(Wh)@T(x[t])+T(bh); h=(1-z)*h+z*ht; out.append(h)
run('c1554_mingru', {'x':x,'W_z':Wz,'W_h':Wh,'b_z':bz,'b_h':bh}, torch.stack(out).numpy(), fn='h')
