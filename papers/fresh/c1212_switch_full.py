from h import *
rng=np.random.default_rng(1212); Tn,N=9,4; p=torch.softmax(T(rng.normal(size=(Tn,N))),1).numpy(); a=0.01
f=torch.stack([(T(p).argmax(1)==i).double().mean() for i in range(N)]); P=T(p).mean(0)
run('c1212_switch_full', {'p':p,r'\alpha':a}, (a*N*(f*P).sum()).numpy(), fn=r'\mathrm{loss}')
