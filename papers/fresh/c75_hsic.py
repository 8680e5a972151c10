from h import *
rng=np.random.default_rng(75); m=5; A=rng.normal(size=(m,3)); B=rng.normal(size=(m,2))
K=np.exp(-((A[:,None]-A[None])**2).sum(-1)); L=np.exp(-((B[:,None]-B[None])**2).sum(-1))
H=torch.eye(m)-torch.ones(m,m)/m
run('c75_hsic', dict(I=np.eye(m)), H.numpy(), fn='H')
run('c75_hsic', dict(K=K,L=L,I=np.eye(m)), (torch.trace(T(K)@H@T(L)@H)/(m-1)**2).numpy())
