from h import *
rng=np.random.default_rng(1334); d=5; w,g=rng.normal(size=d),rng.normal(size=d); eps,al=0.1,0.01
run('c1334_dlbook_weight_decay', {r'\boldsymbol{w}':w,r'\nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})':g,r'\epsilon':eps,r'\alpha':al}, (1-eps*al)*w-eps*g, fn=r'\boldsymbol{w}')
