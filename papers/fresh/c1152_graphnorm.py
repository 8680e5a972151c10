from h import *
rng=np.random.default_rng(1152); n,d=6,4; h_=rng.normal(size=(n,d)); g,b,a=rng.normal(size=d),rng.normal(size=d),rng.uniform(0,1,d)
mu=h_.mean(0); c=h_-a*mu; sig=np.sqrt((c**2).mean(0))
run('c1152_graphnorm', {r'\hat{h}':h_,r'\gamma':g,r'\beta':b,r'\alpha':a}, g*c/sig+b, fn=r'\mathrm{GraphNorm}')
