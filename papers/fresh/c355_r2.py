from h import *
rng=np.random.default_rng(355); y=rng.normal(size=9); yh=y+0.3*rng.normal(size=9)
run('c355_r2', {'y':y,r'\hat{y}':yh}, np.array(1-((y-yh)**2).sum()/((y-y.mean())**2).sum()), fn='R^2')
