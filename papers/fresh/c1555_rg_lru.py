from h import *
rng=np.random.default_rng(1555); Tn,D=5,4; x=rng.normal(size=(Tn,D)); Wa,Wx=rng.normal(size=(D,D)),rng.normal(size=(D,D)); ba,bx,Lm=rng.normal(size=D),rng.normal(size=D),rng.normal(size=D)
a=torch.sigmoid(T(Lm)); h=torch.zeros(D); out=[]
for t in range(Tn):
    r=torch.sigmoid(T(Wa)@T(x[t])+T(ba)); i=torch.sigmoid(T(Wx)@T(x[t])+T(bx)); at=a**(8*r)
    h=at*h+torch.sqrt(1-at**2)*(i*T(x[t])); out.append(h)
run('c1555_rg_lru', {'x':x,'W_a':Wa,'W_x':Wx,'b_a':ba,'b_x':bx,r'\Lambda':Lm}, torch.stack(out).numpy(), fn='h')
