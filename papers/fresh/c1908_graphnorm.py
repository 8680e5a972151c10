from h import *
rng=np.random.default_rng(1908); n,d=5,3; h=rng.normal(size=(n,d)); a=rng.uniform(size=d); g=rng.normal(size=d); b=rng.normal(size=d)
mu=h.mean(0); sg=np.sqrt(((h-a*mu)**2).mean(0))
run('c1908_graphnorm', {r'\hat{h}':h, r'\alpha':a, r'\gamma':g, r'\beta':b}, g*(h-a*mu)/sg+b, fn=r'\mathrm{GraphNorm}')
