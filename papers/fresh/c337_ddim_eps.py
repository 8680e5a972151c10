from h import *
rng=np.random.default_rng(337); d=5; x,e=rng.normal(size=d),rng.normal(size=d); a,ap=0.5,0.7
run('c337_ddim_eps', {'x_t':x,r'\epsilon':e,r'\alpha_t':a,r'\alpha_{t-1}':ap}, np.sqrt(ap)*(x-np.sqrt(1-a)*e)/np.sqrt(a)+np.sqrt(1-ap)*e, fn='x_{t-1}')
