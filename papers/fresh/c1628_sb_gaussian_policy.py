from h import *
rng=np.random.default_rng(1628); d=4; xm=rng.normal(size=d); xs=rng.normal(size=d)*0.3; tm=rng.normal(size=d); ts=rng.normal(size=d)*0.3; a=0.4
mu=tm@xm; s=np.exp(ts@xs)
run('c1628_sb_gaussian_policy', {r'\mathbf{x}_\mu(s)':xm, r'\mathbf{x}_\sigma(s)':xs, r'\boldsymbol{\theta}_\mu':tm, r'\boldsymbol{\theta}_\sigma':ts, 'a':a}, np.array(np.exp(-(a-mu)**2/(2*s*s))/(s*np.sqrt(2*np.pi))), fn=r'\pi')
