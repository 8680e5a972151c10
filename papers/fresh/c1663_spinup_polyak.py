from h import *
rng=np.random.default_rng(1663); P=6; pt=rng.normal(size=P); p=rng.normal(size=P); rho=0.995
run('c1663_spinup_polyak', {r'\phi_{\text{targ}}':pt, r'\phi':p, r'\rho':rho}, rho*pt+(1-rho)*p, fn=r'\phi_{\text{targ}}')
