from h import *
rng=np.random.default_rng(1775); d=4; mu=rng.normal(size=d); A=rng.normal(size=(d,d)); S=A@A.T/4
e=np.exp(-0.5*np.diag(S))
run('c1775_mipnerf_ipe', {r'\boldsymbol{\mu}_\gamma':mu, r'\boldsymbol{\Sigma}_\gamma':S}, np.concatenate([np.sin(mu)*e, np.cos(mu)*e]), fn=r'\gamma')
