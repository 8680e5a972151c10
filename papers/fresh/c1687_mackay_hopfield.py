from h import *
rng=np.random.default_rng(1687); N,I=3,5; X=np.where(rng.random((N,I))<0.5,-1.0,1.0); x=rng.normal(size=I); eta=0.5
W=eta*X.T@X
run('c1687_mackay_hopfield', {r'\mathbf{x}^{(n)}':X, r'\mathbf{x}':x, r'\eta':eta}, W@x, fn='a')
