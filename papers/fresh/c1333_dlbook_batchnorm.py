from h import *
rng=np.random.default_rng(1333); m,n=6,4; H=rng.normal(size=(m,n)); dl=1e-5
mu=H.mean(0); sg=np.sqrt(dl+((H-mu)**2).mean(0))
run('c1333_dlbook_batchnorm', {r'\boldsymbol{H}':H,r'\delta':dl}, (H-mu)/sg, fn=r"\boldsymbol{H}'")
