from h import *
rng=np.random.default_rng(23); N,C,d=4,5,3
x,W=rng.normal(size=(N,d)),rng.normal(size=(C,d)); y=rng.integers(0,C,N); Y=np.eye(C)[y]
cos=torch.nn.functional.normalize(T(x),dim=1)@torch.nn.functional.normalize(T(W),dim=1).T
l=30*(cos-0.35*T(Y)); exp=torch.nn.functional.cross_entropy(l,torch.tensor(y))
run('c23b_cosface', dict(x=x,W=W,Y=Y), exp.numpy())
