from h import *
rng=np.random.default_rng(584); n,m=5,3
X=rng.normal(size=(n,2)); Xs=rng.normal(size=(m,2))
k=lambda a,b: np.exp(-0.5*((a[:,None]-b[None])**2).sum(-1))
K,Ks,Kss=k(X,X),k(Xs,X),k(Xs,Xs); y=rng.normal(size=n); s=0.3
inv=np.linalg.inv(K+s**2*np.eye(n))
inp={'K(X, X)':K,'K(X_*, X)':Ks,'K(X, X_*)':np.ascontiguousarray(Ks.T),'K(X_*, X_*)':Kss,r'\mathbf{y}':y,r'\sigma_n':s}
run('c584_gp_bracket_inv', inp, Ks@inv@y, fn=r'\bar{\mathbf{f}}_*')
run('c584_gp_bracket_inv', inp, Kss-Ks@inv@Ks.T, fn=r'\mathrm{cov}')
