from h import *
rng=np.random.default_rng(1100); N,F=5,3; A=(rng.random((N,N))<.5).astype(float); A=np.maximum(A,A.T); fX=rng.normal(size=(N,F))
D=((T(fX)[:,None,:]-T(fX)[None,:,:])**2).sum(2); out=(T(A)*D).sum()
run('c1100_graph_laplacian_reg', {'A':A,'f(X)':fX}, out.numpy())
