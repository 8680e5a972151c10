from h import *
rng=np.random.default_rng(1939); d=3; x=rng.normal(size=d); mu=rng.normal(size=d); s=1.4; p=0.3
run('c1939_cs189_isotropic_gda', {'x':x, r'\mu_C':mu, r'\sigma_C':s, r'\pi_C':p}, np.array(-((x-mu)**2).sum()/(2*s*s)-d*np.log(s)+np.log(p)), fn='Q_C')
