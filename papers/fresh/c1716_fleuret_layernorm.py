from h import *
rng=np.random.default_rng(1716); B,D=4,5; x=rng.normal(size=(B,D)); g=rng.normal(size=D); b=rng.normal(size=D); e=1e-3
mu=x.mean(1,keepdims=True); s=x.std(1,keepdims=True)
run('c1716_fleuret_layernorm', {'x':x,r'\gamma':g,r'\beta':b,r'\epsilon':e}, g*(x-mu)/(s+e)+b, fn='y')
