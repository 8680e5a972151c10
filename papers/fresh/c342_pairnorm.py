from h import *
rng=np.random.default_rng(342); n,d=5,3; X=rng.normal(size=(n,d)); s=1.5
Xc=X-X.mean(0); rms=np.sqrt((Xc**2).sum(1).mean())
inp={r'\tilde{x}':X,'s':s}
run('c342_pairnorm', inp, Xc, fn=r'\tilde{x}^c')
run('c342_pairnorm', inp, s*Xc/rms, fn=r'\dot{x}')
