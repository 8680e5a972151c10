from h import *
rng=np.random.default_rng(1314); d=5; Eg=rng.uniform(size=d); Ed=rng.uniform(size=d)*0.1; g,th=rng.normal(size=d),rng.normal(size=d); ga,eps=0.9,1e-6
Egt=ga*Eg+(1-ga)*g**2; dth=-np.sqrt(Ed+eps)/np.sqrt(Egt+eps)*g
run('c1314_ruder_adadelta', {'E[g^2]_{t-1}':Eg, r'E[\Delta \theta^2]_{t-1}':Ed, 'g_t':g, r'\theta_t':th, r'\gamma':ga, r'\epsilon':eps}, th+dth, fn=r'\theta_{t+1}')
