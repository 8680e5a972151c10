from h import *
rng=np.random.default_rng(1564); n=6; y=rng.uniform(0.5,3,size=n); yh=rng.uniform(0.5,3,size=n); p=1.0
exp=np.mean(2*(y*np.log(y/yh)+yh-y))
run('c1564_sklearn_tweedie', {'y':y, r'\hat{y}':yh, 'p':p}, exp, fn=r'\text{D}')
p=1.5
exp=np.mean(2*(np.maximum(y,0)**(2-p)/((1-p)*(2-p))-y*yh**(1-p)/(1-p)+yh**(2-p)/(2-p)))
run('c1564_sklearn_tweedie', {'y':y, r'\hat{y}':yh, 'p':p}, exp, fn=r'\text{D}', quiet=True)
