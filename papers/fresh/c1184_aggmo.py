from h import *
rng=np.random.default_rng(1184); K,d=3,5; v=rng.normal(size=(K,d)); b=np.array([0,0.9,0.99]); g=rng.normal(size=d); th=rng.normal(size=d); ga=0.1
vt=b[:,None]*v-g[None,:]
run('c1184_aggmo', {r'v_{t-1}^{(i)}':v,r'\beta^{(i)}':b,r'\nabla_\theta f(\theta_{t-1})':g,r'\theta_{t-1}':th,r'\gamma_t':ga}, th+ga/K*vt.sum(0), fn=r'\theta_t')
