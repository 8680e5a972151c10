from h import *
rng=np.random.default_rng(263); x,xt=rng.normal(size=5),rng.normal(size=5); e=0.3
run('c263_wgangp_interp', {'x':x,r'\tilde{x}':xt,r'\epsilon':e}, (e*T(x)+(1-e)*T(xt)).numpy())
