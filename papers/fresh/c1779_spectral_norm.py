from h import *
rng=np.random.default_rng(1779); m,n=4,3; W=rng.normal(size=(m,n)); u=rng.normal(size=m)
v=W.T@u; v/=np.linalg.norm(v); u2=W@v; u2/=np.linalg.norm(u2); s=u2@W@v
run('c1779_spectral_norm', {'W':W, r'\tilde{\boldsymbol{u}}':u}, W/s, fn=r'\bar{W}_{\rm SN}')
