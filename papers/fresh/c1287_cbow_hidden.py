from h import *
rng=np.random.default_rng(1287); V,N,C=7,3,4; W=rng.normal(size=(V,N)); x=np.eye(V)[rng.integers(0,V,size=C)]
h=W.T@x.sum(0)/C
run('c1287_cbow_hidden', {'\\mathbf{W}':W,'\\mathbf{x}':x}, h, fn='\\mathbf{h}')
