from h import *
rng=np.random.default_rng(18); n,m,k=3,4,5
X,W,V=rng.normal(size=(n,m)),rng.normal(size=(m,k)),rng.normal(size=(m,k)); b,c=rng.normal(size=k),rng.normal(size=k)
exp=(T(X)@T(W)+T(b))*torch.sigmoid(T(X)@T(V)+T(c))
run('c18_glu', dict(X=X,W=W,V=V,b=b,c=c), exp.numpy())
