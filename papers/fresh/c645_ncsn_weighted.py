from h import *
rng=np.random.default_rng(645); L=5
l=rng.uniform(0,2,size=L); s=np.geomspace(1,0.01,L)
run('c645_ncsn_weighted', {r'\ell(\boldsymbol{\theta}; \sigma_i)':l, r'\sigma':s}, np.mean(s**2*l), fn=r'\mathcal{L}')
