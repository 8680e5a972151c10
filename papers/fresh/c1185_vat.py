from h import *
rng=np.random.default_rng(1185); I=6; g=rng.normal(size=I); e=2.0
run('c1185_vat', {'g':g,r'\epsilon':e}, e*g/np.linalg.norm(g))
