from h import *
rng=np.random.default_rng(1613); p=4; x=rng.normal(size=p); b=rng.normal(size=p); b0=0.3
o=np.exp(b0+b@x)
run('c1613_molnar_odds_ratio', {r'\mathbf{x}':x, r'\boldsymbol{\beta}':b, r'\beta_0':b0}, np.array(o/(1+o)), fn=r'\mathbb{P}')
