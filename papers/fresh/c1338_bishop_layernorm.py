from h import *
rng=np.random.default_rng(1338); N,M=4,6; a=rng.normal(size=(N,M)); dl=1e-5
mu=a.mean(1,keepdims=True); v=((a-mu)**2).mean(1,keepdims=True)
run('c1338_bishop_layernorm', {'a':a,r'\delta':dl}, (a-mu)/np.sqrt(v+dl), fn=r'\hat{a}')
