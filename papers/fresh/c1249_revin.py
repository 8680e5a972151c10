from h import *
rng=np.random.default_rng(1249); K,Tx=3,7; x=rng.normal(size=(K,Tx)); g,b=rng.normal(size=K),rng.normal(size=K); e=1e-5
mu=x.mean(1,keepdims=True); v=x.var(1,keepdims=True)
run('c1249_revin', {'x^{(i)}':x, r'\gamma':g, r'\beta':b, r'\epsilon':e}, g[:,None]*(x-mu)/np.sqrt(v+e)+b[:,None], fn=r'\hat{x}^{(i)}')
