from h import *
rng=np.random.default_rng(1319); d=5; th,g=rng.normal(size=d),rng.normal(size=d); v=rng.uniform(1,2,size=d); ga=rng.normal(size=d)*0.1; lr,al,eps=0.01,0.99,1e-8
vt=al*v+(1-al)*g**2; gat=ga*al+(1-al)*g; vtt=vt-gat**2
run('c1319_torch_rmsprop_centered', {r'\theta_{t-1}':th,'g_t':g,'v_{t-1}':v,'g^{ave}_{t-1}':ga,r'\gamma':lr,r'\alpha':al,r'\epsilon':eps}, th-lr*g/(np.sqrt(vtt)+eps), fn=r'\theta_t')
