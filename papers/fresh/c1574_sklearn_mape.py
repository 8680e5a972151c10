from h import *
rng=np.random.default_rng(1574); n=7; y=rng.normal(size=n); y[3]=0.0; yh=rng.normal(size=n); eps=2.2e-16
exp=np.mean(np.abs(y-yh)/np.maximum(eps,np.abs(y)))
run('c1574_sklearn_mape', {'y':y, r'\hat{y}':yh, r'\epsilon':eps}, exp, fn=r'\text{MAPE}', rtol=1e-3)
