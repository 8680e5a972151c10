from h import *
rng=np.random.default_rng(901); D=5; y,dd=rng.normal(size=D),rng.normal(size=D); s=0.7; sd=0.5
lam=(s**2+sd**2)/(s*sd)**2
run('c901_edm_loss_weight', {r'\boldsymbol{y}':y,r'D_\theta(\boldsymbol{y} + \boldsymbol{n}; \sigma)':dd,r'\sigma':s}, (lam*((T(dd)-T(y))**2).sum()).numpy(), fn=r'\mathcal{L}')
