from h import *
rng=np.random.default_rng(1479); n,d=4,6; W=rng.normal(size=(n,d)); phi=rng.normal(size=d); e=0.3
run('c1479_reptile_batched', {'W':W, r'\phi':phi, r'\epsilon':e}, phi+e*np.mean(W-phi,axis=0), fn=r'\phi')
