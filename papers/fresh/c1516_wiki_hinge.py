from h import *
rng=np.random.default_rng(1516); n=7; t=np.sign(rng.normal(size=n)); y=rng.normal(size=n)
run('c1516_wiki_hinge', {'t':t,'y':y}, np.maximum(0,1-t*y), fn=r'\ell')
