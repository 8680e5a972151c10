from h import *
rng=np.random.default_rng(841); n=4
W=rng.normal(size=n); D=rng.normal(size=n); th=0.7; al=0.2
run('c841_som', {r'\mathbf{W}_v':W,r'\mathbf{D}':D,r'\theta':th,r'\alpha':al}, W+th*al*(D-W))
