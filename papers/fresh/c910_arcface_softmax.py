from h import *
rng=np.random.default_rng(910); N,d,n=5,3,4
x=rng.normal(size=(N,d)); W=rng.normal(size=(d,n)); b=rng.normal(size=n); y=rng.integers(0,n,size=N)
logits=T(x)@T(W)+T(b)
run('c910_arcface_softmax', {r'\boldsymbol{x}':x,'W':W,'b':b,'y':y}, torch.nn.functional.cross_entropy(logits, torch.tensor(y)).numpy())
