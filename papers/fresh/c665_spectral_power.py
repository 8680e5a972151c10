from h import *
rng=np.random.default_rng(665); do,di=4,3; W=rng.normal(size=(do,di)); u=rng.normal(size=do)
Wt=T(W); v=Wt.T@T(u); v=v/v.norm(); u2=Wt@v; u2=u2/u2.norm(); s=u2@Wt@v
run('c665_spectral_power', {'W':W,r'\tilde{\boldsymbol{u}}':u}, (Wt/s).numpy(), fn=r'\bar{W}_{\mathrm{SN}}')
