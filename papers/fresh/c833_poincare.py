from h import *
rng=np.random.default_rng(833); d=3
u=rng.normal(size=d)*0.2; v=rng.normal(size=d)*0.2
run('c833_poincare', {r'\mathbf{u}':u,r'\mathbf{v}':v}, np.arccosh(1+2*((u-v)**2).sum()/((1-(u**2).sum())*(1-(v**2).sum()))))
