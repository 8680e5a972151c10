from h import *
rng=np.random.default_rng(695); N,d=6,3
X=rng.normal(size=(N,d))
run('c695_zscore', {'X':X}, (X-X.mean(0))/X.std(0), fn='Z')
