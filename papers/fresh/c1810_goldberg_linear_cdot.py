from h import *
rng=np.random.default_rng(1810); di,do=4,3; x=rng.normal(size=di); W=rng.normal(size=(di,do)); b=rng.normal(size=do)
run('c1810_goldberg_linear_cdot', {r'\mathbf{x}':x, r'\mathbf{W}':W, r'\mathbf{b}':b}, x@W+b, fn=r'\hat{\mathbf{y}}')
