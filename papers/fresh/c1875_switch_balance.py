from h import *
rng=np.random.default_rng(1875); p=torch.softmax(T(rng.normal(size=(6,3))),1).numpy(); Tn,N=p.shape
f=np.bincount(p.argmax(1),minlength=N)/Tn; P=p.mean(0)
run('c1875_switch_balance', {'p':p,r'\alpha':0.01}, 0.01*N*np.sum(f*P), fn='loss')
