from h import *
rng=np.random.default_rng(1918); m=5; A=rng.normal(size=(m,m)); K=A@A.T; y=rng.normal(size=m); l=0.5
run('c1918_mohri_kernel_ridge', {r'\mathbf{K}':K, r'\mathbf{y}':y, r'\lambda':l}, np.linalg.solve(K+l*np.eye(m), y), fn=r'\boldsymbol{\alpha}')
