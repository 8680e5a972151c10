from h import *
rng=np.random.default_rng(786); H,Wd,C=3,2,4
x=rng.normal(size=(H,Wd,C)); W=rng.normal(size=(C,C))
ins={'x':x,'W':W}
run('c786_glow_1x1', ins, torch.einsum('kc,ijc->ijk',T(W),T(x)).numpy(), fn='y_{i,j}')
run('c786_glow_1x1', ins, np.array(H*Wd*np.log(abs(np.linalg.det(W)))), fn=r'\log\det')
