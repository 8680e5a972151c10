from h import *
rng=np.random.default_rng(42); n,d=5,3; X=rng.normal(size=(n,d))
D=torch.cdist(T(X),T(X))**2
E=torch.exp(-D); den=E.sum(1)-torch.diagonal(E)
run('c41b_pdist', dict(X=X), D.numpy(), fn='D')
run('c41b_pdist', dict(X=X), (E/den[:,None]).numpy(), fn='P')
