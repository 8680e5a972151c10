from h import *
rng=np.random.default_rng(1563); n=7; y=rng.normal(size=n); yh=rng.normal(size=n); a=0.2
exp=np.mean(a*np.maximum(y-yh,0)+(1-a)*np.maximum(yh-y,0))
run('c1563_sklearn_pinball_metric', {'y':y, r'\hat{y}':yh, r'\alpha':a}, exp, fn=r'\text{pinball}')
