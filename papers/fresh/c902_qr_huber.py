from h import *
rng=np.random.default_rng(902); N=8; u=rng.normal(size=N)*2; tau=(np.arange(N)+0.5)/N; k=1.0
U=T(u); L=torch.where(U.abs()<=k, 0.5*U**2, k*(U.abs()-0.5*k)); e=(T(tau)-(U<0).double()).abs()*L/k
run('c902_qr_huber', {'u':u,r'\tau':tau,r'\kappa':k}, e.numpy(), fn=r'\rho^\kappa_\tau')
