from h import *
rng=np.random.default_rng(77); n,d=4,3; X,Y=rng.normal(size=(n,d)),rng.normal(size=(n,d))
F=torch.nn.functional
run('c77_pairwise_cos', dict(X=X,Y=Y), (F.normalize(T(X),dim=1)@F.normalize(T(Y),dim=1).T).numpy())
