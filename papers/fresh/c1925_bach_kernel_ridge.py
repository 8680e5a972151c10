from h import *
rng=np.random.default_rng(1925); n=5; A=rng.normal(size=(n,n)); K=A@A.T; y=rng.normal(size=n); kx=rng.normal(size=n); l=0.1
al=np.linalg.solve(K+n*l*np.eye(n), y)
run('c1925_bach_kernel_ridge', {'K':K, 'y':y, 'k(x, x_i)':kx, r'\lambda':l}, np.array(al@kx), fn=r'\hat{f}')
