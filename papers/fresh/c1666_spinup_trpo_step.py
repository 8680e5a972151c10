from h import *
rng=np.random.default_rng(1666); n=4; g=rng.normal(size=n); th=rng.normal(size=n); A=rng.normal(size=(n,n)); H=A@A.T+n*np.eye(n)
al,de,j=0.8,0.01,2
Hi=torch.linalg.solve(T(H),T(g)); exp=(T(th)+al**j*torch.sqrt(2*de/(T(g)@Hi))*Hi).numpy()
run('c1666_spinup_trpo_step', {'g':g, r'\theta_k':th, 'H':H, r'\alpha':al, r'\delta':de, 'j':j}, exp, fn=r'\theta_{k+1}')
