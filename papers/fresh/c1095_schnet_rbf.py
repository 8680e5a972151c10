from h import *
rng=np.random.default_rng(1095); n,K=4,5; r=rng.normal(size=(n,3)); d=np.linalg.norm(r[:,None]-r[None],axis=2); mu=np.linspace(0,3,K); g=10.0
out=torch.exp(-g*(T(d)[:,:,None]-T(mu)[None,None,:])**2)
run('c1095_schnet_rbf', {'d':d,r'\mu':mu,r'\gamma':g}, out.numpy(), fn='e')
