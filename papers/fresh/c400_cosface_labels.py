from h import *
rng=np.random.default_rng(400); C,N=5,6; th=rng.uniform(0,3,(C,N)); y=rng.integers(0,C,N); s,m=4.0,0.35
logits=s*torch.cos(T(th)).T; logits[torch.arange(N),torch.tensor(y)]-=s*m
exp=torch.nn.functional.cross_entropy(logits,torch.tensor(y))
run('c400_cosface_labels', {r'\theta':th,'y':y+1,'s':s,'m':m}, exp.numpy())
