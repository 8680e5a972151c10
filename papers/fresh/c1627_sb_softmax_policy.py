from h import *
rng=np.random.default_rng(1627); S,A,d=3,4,5; x=rng.normal(size=(S,A,d)); th=rng.normal(size=d)
h_=x@th; pi=torch.softmax(T(h_),1).numpy()   # [s, a]: a table of pi(a|s) has a row per condition (eqc W0256 convention, docs/LANGUAGE.md)
run("c1627_sb_softmax_policy", {r"\mathbf{x}":x, r"\boldsymbol{\theta}":th}, pi, fn=r'\pi')
