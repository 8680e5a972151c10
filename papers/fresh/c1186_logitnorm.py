from h import *
rng=np.random.default_rng(1186); k=5; f=rng.normal(size=k); y=1; tau=0.04
run('c1186_logitnorm', {r'\boldsymbol{f}':f,'y':y+1,r'\tau':tau}, -torch.log_softmax(T(f)/(tau*np.linalg.norm(f)),0)[y].numpy())
