from h import *
rng=np.random.default_rng(1283); N=5; X=rng.normal(size=(N,3)); K=X@X.T
O=np.full((N,N),1.0/N); Kt=K-O@K-K@O+O@K@O
run('c1283_kpca_center', {'K':K}, Kt, fn='\\widetilde{\\mathbf{K}}')
