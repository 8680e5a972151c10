from h import *
rng=np.random.default_rng(675); n,f=5,3; X=rng.normal(size=(n,f))
A=(rng.random((n,n))<.6).astype(float); np.fill_diagonal(A,0); A[:,1]=1; A[1,1]=0; A[1,0]=1; deg=A.sum(1)
mu=lambda Z: (T(A)@Z)/T(deg)[:,None]
run('c675_pna_std', {'X':X,r'\mathcal{N}':A,'d':deg}, (torch.relu(mu(T(X)**2)-mu(T(X))**2)+1e-5).sqrt().numpy(), fn=r'\sigma')
