from h import *
rng=np.random.default_rng(1922); d,D=3,6; x=rng.normal(size=d); W=rng.normal(size=(D,d)); b=rng.uniform(0,2*np.pi,size=D)
run('c1922_hardt_recht_random_features', {'x':x, 'W':W, 'b':b}, np.sqrt(2/D)*np.cos(W@x+b), fn=r'\phi')
