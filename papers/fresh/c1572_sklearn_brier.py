from h import *
rng=np.random.default_rng(1572); n=9; y=(rng.random(n)<0.5).astype(float); p=rng.random(n)
run('c1572_sklearn_brier', {'y':y,'p':p}, np.mean((y-p)**2), fn='BS')
