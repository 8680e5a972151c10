from h import *
rng=np.random.default_rng(42); n,d=5,3; X=rng.normal(size=(n,d))
D=torch.cdist(T(X),T(X))**2; Dm=D+torch.diag(torch.full((n,),float('inf')))
run('c41_nn_min_ne', dict(X=X), D.numpy(), fn='D')
run('c41_nn_min_ne', dict(X=X), Dm.min(1).values.numpy(), fn='m')
run('c41_nn_min_ne', dict(X=X), (-Dm).max(1).values.numpy(), fn='M')
P=torch.stack([torch.prod(torch.cat([D[i,:i],D[i,i+1:]])) for i in range(n)])
run('c41_nn_min_ne', dict(X=X), P.numpy(), fn='p')
