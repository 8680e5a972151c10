from h import *
rng=np.random.default_rng(1910); d=5; W=rng.normal(size=d); X=rng.normal(size=d); y=-np.sign(W@X); a=0.1
yh=np.sign(W@X); run('c1910_aggarwal_perceptron', {r'\overline{W}':W, r'\overline{X}':X, 'y':y, r'\alpha':a}, W+a*(y-yh)*X, fn=r'\overline{W}')
