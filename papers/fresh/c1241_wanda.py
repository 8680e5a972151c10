from h import *
rng=np.random.default_rng(1241); Co,Ci,NL=3,4,6; W=rng.normal(size=(Co,Ci)); X=rng.normal(size=(NL,Ci))
run('c1241_wanda', {r'\mathbf{W}':W, r'\mathbf{X}':X}, np.abs(W)*np.linalg.norm(X,axis=0)[None,:], fn=r'\mathbf{S}')
