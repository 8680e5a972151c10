from h import *
rng=np.random.default_rng(12); N,D=7,3; X=rng.normal(size=(N,D))
Xc=T(X)-T(X).mean(0); S=Xc.T@Xc/N
run('c12_pca', {'\\mathbf{x}':X}, S.numpy())
