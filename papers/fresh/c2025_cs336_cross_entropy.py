from h import *
rng=np.random.default_rng(2025); m,V=4,6; o=rng.normal(size=(m,V)); x=rng.integers(1,V+1,size=m+1)
ls=torch.log_softmax(T(o),-1); ref=-np.mean([ls[i,x[i+1]-1].item() for i in range(m)])
run('c2025_cs336_cross_entropy', {'o':o, 'x':x.astype(float)}, np.array(ref), fn=r'\ell')
