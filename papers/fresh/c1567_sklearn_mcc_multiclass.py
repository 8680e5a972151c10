from h import *
rng=np.random.default_rng(1567); K=4; C=rng.integers(0,9,size=(K,K)).astype(float)+np.eye(K)*6
t=C.sum(1); p=C.sum(0); c=np.trace(C); s=C.sum()
run('c1567_sklearn_mcc_multiclass', {'t':t,'p':p,'c':c,'s':s}, (c*s-p@t)/np.sqrt((s**2-p@p)*(s**2-t@t)), fn='MCC')
