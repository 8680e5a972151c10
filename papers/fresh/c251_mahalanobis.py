from h import *
rng=np.random.default_rng(251); N=4; x,mu=rng.normal(size=N),rng.normal(size=N); B=rng.normal(size=(N,N)); S=B@B.T+N*np.eye(N)
dv=T(x)-T(mu); run('c251_mahalanobis', {r'\vec{x}':x,r'\vec{\mu}':mu,'S':S}, (dv@torch.linalg.inv(T(S))@dv).sqrt().numpy(), fn='D_M')
