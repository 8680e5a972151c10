from h import *
rng=np.random.default_rng(1705); m,n=6,4; H=rng.normal(size=(m,n)); dl=1e-3
mu=H.mean(0); s=np.sqrt(dl+((H-mu)**2).mean(0))
run('c1705_gbc_batchnorm', {r'\boldsymbol{H}':H, r'\delta':dl}, (H-mu)/s, fn=r"\boldsymbol{H}'")
