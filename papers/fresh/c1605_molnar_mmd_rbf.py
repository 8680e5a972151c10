from h import *
rng=np.random.default_rng(1605); m,n,d=3,5,2; Z=rng.normal(size=(m,d)); X=rng.normal(size=(n,d)); g=0.7
K=lambda A,B: torch.exp(-g*torch.cdist(T(A),T(B))**2)
run('c1605_molnar_mmd_rbf', {r'\mathbf{z}':Z, r'\mathbf{x}':X, r'\gamma':g}, (K(Z,Z).mean()-2*K(Z,X).mean()+K(X,X).mean()).numpy(), fn=r'\text{MMD}^2')
