from h import *
rng=np.random.default_rng(1505); n=6; x=rng.normal(size=n)*2; g,b=1.3,-0.4
run('c1505_wiki_rmsnorm', {'x':x, r'\gamma':g, r'\beta':b}, g*x/np.sqrt(np.mean(x**2))+b, fn='y')
