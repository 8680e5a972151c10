from h import *
rng=np.random.default_rng(1299); n,d=6,3; X=rng.normal(size=(n,d)); y=rng.normal(size=n); w=rng.normal(size=d); b,lam=0.3,0.1
L=np.mean(0.5*(X@w+b-y)**2); J=L+lam/2*np.sum(w**2)
run('c1299_d2l_weight_decay', {'\\mathbf{X}':X,'\\mathbf{y}':y,'\\mathbf{w}':w,'b':b,'\\lambda':lam}, J, fn='J')
