from h import *
rng=np.random.default_rng(1427); N,d=5,3
Q,K,V,Z0=(rng.normal(size=(N,d)) for _ in range(4)); beta=0.8
Qt,Kt=Q/np.linalg.norm(Q),K/np.linalg.norm(K)
D=np.diag(1+Qt@(Kt.T@np.ones(N))/N)
run('c1427_sgformer', {r'\mathbf{Q}':Q,r'\mathbf{K}':K,r'\mathbf{V}':V,r'\mathbf{Z}^{(0)}':Z0,r'\beta':beta},
    beta*np.linalg.inv(D)@(V+Qt@(Kt.T@V)/N)+(1-beta)*Z0, fn=r'\mathbf{Z}')
