from h import *
rng=np.random.default_rng(1806); k=5; yh=rng.random(k); yh/=yh.sum(); y=rng.random(k); y/=y.sum()
run('c1806_goldberg_cross_entropy', {r'\hat{\mathbf{y}}':yh, r'\mathbf{y}':y}, np.array(-(y*np.log(yh)).sum()), fn=r'L_{\text{cross-entropy}}')
