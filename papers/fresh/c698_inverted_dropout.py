from h import *
rng=np.random.default_rng(698); d=6
y=rng.normal(size=d); m=(rng.random(d)>0.3).astype(float); p=0.3
run('c698_inverted_dropout', {'y':y,'m':m,'p':p}, m*y/(1-p))
