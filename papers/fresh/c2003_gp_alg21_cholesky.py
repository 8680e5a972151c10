from h import *
rng=np.random.default_rng(2003); n=5; A=rng.normal(size=(n,n)); Ky=A@A.T/n+0.3*np.eye(n); L=np.linalg.cholesky(Ky); y=rng.normal(size=n)
al=np.linalg.solve(Ky,y); lml=-0.5*y@al-np.log(np.diag(L)).sum()-n/2*np.log(2*np.pi)
run('c2003_gp_alg21_cholesky', {'L':L, r'\mathbf{y}':y}, al, fn=r'\boldsymbol{\alpha}')
run('c2003_gp_alg21_cholesky', {'L':L, r'\mathbf{y}':y}, np.array(lml))
