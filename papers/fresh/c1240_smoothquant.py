from h import *
rng=np.random.default_rng(1240); Tn,Ci,Co=5,4,3; X=rng.normal(size=(Tn,Ci)); W=rng.normal(size=(Ci,Co)); a=0.5
run('c1240_smoothquant', {r'\mathbf{X}':X, r'\mathbf{W}':W, r'\alpha':a}, np.abs(X).max(0)**a/np.abs(W).max(1)**(1-a), fn=r'\mathbf{s}')
