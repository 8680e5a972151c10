from h import *
rng=np.random.default_rng(309); N,C=4,5; x=rng.normal(size=(N,C)); g,b=rng.normal(size=C),rng.normal(size=C); a=0.7
run('c309_dyt', {'x':x,r'\gamma':g,r'\beta':b,r'\alpha':a}, (T(g)*torch.tanh(a*T(x))+T(b)).numpy(), fn=r'\mathrm{DyT}')
