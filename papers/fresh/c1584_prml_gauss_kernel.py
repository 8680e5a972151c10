from h import *
rng=np.random.default_rng(1584); D=3; x=rng.normal(size=D); xp=rng.normal(size=D); s=0.8
run('c1584_prml_gauss_kernel', {r'\mathbf{x}':x, r"\mathbf{x}'":xp, r'\sigma':s}, np.exp(-np.sum((x-xp)**2)/(2*s**2)), fn='k')
