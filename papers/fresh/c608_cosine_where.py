from h import *
rng=np.random.default_rng(608); d,n=4,5; u=rng.normal(size=d); V=rng.normal(size=(n,d)); tau=0.5
out=(T(V)@T(u))/(torch.linalg.norm(T(u))*torch.linalg.norm(T(V),dim=1))/tau
run('c608_cosine_where', {r'\mathbf{u}':u, 'V':V, r'\tau':tau}, out.numpy(), fn='s')
