from h import *
rng=np.random.default_rng(1443); d=4; x=rng.normal(size=d); th=rng.normal(size=d); y,al=1.0,0.1
h_=1/(1+np.exp(-th@x))
run('c1443_cs229_logistic_sga', {'x^{(i)}':x, r'\theta':th, 'y^{(i)}':y, r'\alpha':al}, th+al*(y-h_)*x, fn=r'\theta')
