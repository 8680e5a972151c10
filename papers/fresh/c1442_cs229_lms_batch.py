from h import *
rng=np.random.default_rng(1442); n,d=6,3; x=rng.normal(size=(n,d)); y=rng.normal(size=n); th=rng.normal(size=d); al=0.01
run('c1442_cs229_lms_batch', {'x':x,'y':y,r'\theta':th,r'\alpha':al}, th+al*x.T@(y-x@th), fn=r'\theta')
