from h import *
rng=np.random.default_rng(1413); T_,N=7,3
p=torch.softmax(T(rng.normal(size=(T_,N))),1).numpy(); al=0.01
f=np.bincount(p.argmax(1),minlength=N)/T_; P=p.mean(0)
run('c1413_switch_balance', {'p':p,r'\alpha':al}, al*N*np.sum(f*P), fn=r'\mathrm{loss}')
