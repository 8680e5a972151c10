from h import *
rng=np.random.default_rng(1556); Tn,dh=5,3; f=rng.random((Tn,dh)); i=rng.random((Tn,dh)); ht=rng.normal(size=(Tn,dh))
h=torch.zeros(dh); out=[]
for t in range(Tn):
    F,I=T(f[t]),T(i[t]); h=F/(F+I)*h+I/(F+I)*T(ht[t]); out.append(h)
run('c1556_minlstm', {'f':f,'i':i,r'\tilde{h}':ht}, torch.stack(out).numpy(), fn='h')
