from h import *
rng=np.random.default_rng(654); D=4
x=rng.normal(size=D); W=rng.normal(size=(D,D))*0.5
run('c654_hyvarinen', {r'\mathbf{x}':x, 'W':W}, np.trace(W)+0.5*np.sum((W@x)**2), fn='J')
