from h import *
rng=np.random.default_rng(1801); K,M=5,3; a=rng.normal(size=(K,M)); g=rng.normal(size=M); b=rng.normal(size=M); d=1e-3
mu=a.mean(0); var=((a-mu)**2).mean(0); out=g*(a-mu)/np.sqrt(var+d)+b
run('c1801_bishop_batchnorm', {'a':a, r'\gamma':g, r'\beta':b, r'\delta':d}, out, fn=r'\tilde{a}')
