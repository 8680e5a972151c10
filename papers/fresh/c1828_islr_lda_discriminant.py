from h import *
rng=np.random.default_rng(1828); K=3; mu=rng.normal(size=K); pi=rng.random(K); pi/=pi.sum(); s=1.3; x=0.6
run('c1828_islr_lda_discriminant', {'x':x, r'\mu':mu, r'\pi':pi, r'\sigma':s}, x*mu/s**2-mu**2/(2*s**2)+np.log(pi), fn=r'\delta')
