from h import *
rng=np.random.default_rng(1045); B,C,H,W=3,4,2,3; F=rng.normal(size=(B,C,H,W)); g,b=rng.normal(size=C),rng.normal(size=C); eps=1e-5
mu=F.mean(axis=(0,2,3),keepdims=True); var=F.var(axis=(0,2,3),keepdims=True)
run('c1045_cond_batchnorm', {'F':F,r'\gamma':g,r'\beta':b,r'\epsilon':eps}, g[None,:,None,None]*(F-mu)/np.sqrt(var+eps)+b[None,:,None,None], fn=r'\text{BN}')
