from h import *
rng=np.random.default_rng(2021); d=6; a=rng.normal(size=d); g=rng.normal(size=d); eps=1e-5
run('c2021_cs336_rmsnorm', {'a':a, 'g':g, r'\varepsilon':eps}, a/np.sqrt((a*a).mean()+eps)*g, fn=r'\mathrm{RMSNorm}')
