from h import *
rng=np.random.default_rng(1821); m,n=6,3; A=rng.normal(size=(m,n)); b=rng.normal(size=m); d=0.4
run('c1821_boyd_regularized_ls', {'A':A, 'b':b, r'\delta':d}, np.linalg.solve(A.T@A+d*np.eye(n), A.T@b), fn='x')
