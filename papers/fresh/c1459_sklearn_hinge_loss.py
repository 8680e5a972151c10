from h import *
rng=np.random.default_rng(1459); n=7; y=np.sign(rng.normal(size=n)); w=rng.normal(size=n)
run('c1459_sklearn_hinge_loss', {'y':y,'w':w}, np.maximum(1-w*y,0), fn=r'L_\text{Hinge}')
