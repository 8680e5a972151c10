from h import *
rng=np.random.default_rng(896); D,d=6,2; x=rng.normal(size=D); W=rng.normal(size=(D-d,d))
X=T(x); e=torch.cat([X[:d], X[d:]+T(W)@X[:d]])
run('c896_nice_coupling', {'x':x,'W':W}, e.numpy(), fn='y', dims={'d':d})
