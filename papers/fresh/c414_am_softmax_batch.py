from h import *
rng=np.random.default_rng(414); n,c=5,4; cs=rng.uniform(-1,1,(n,c)); y=rng.integers(0,c,n); s,m=10.0,0.35
f=s*T(cs); f[torch.arange(n),torch.tensor(y)]-=s*m
exp=torch.nn.functional.cross_entropy(f,torch.tensor(y))
run('c414_am_softmax_batch', {r'\cos\theta':cs,'y':y+1,'s':s,'m':m}, exp.numpy())
