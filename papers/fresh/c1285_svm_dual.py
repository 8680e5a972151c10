from h import *
rng=np.random.default_rng(1285); N,D=6,3; X=rng.normal(size=(N,D)); a=rng.uniform(size=N); t=rng.choice([-1.0,1.0],size=N)
L=a.sum()-0.5*np.sum(np.outer(a*t,a*t)*(X@X.T))
run('c1285_svm_dual', {'\\mathbf{X}':X,'\\mathbf{a}':a,'\\mathbf{t}':t}, L, fn='\\widetilde{L}')
