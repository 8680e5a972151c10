from h import *
rng=np.random.default_rng(1602); n=8; y=rng.normal(size=n); yh=y+0.3*rng.normal(size=n); p=2
sse=np.sum((y-yh)**2); sst=np.sum((y-y.mean())**2); r2=1-sse/sst
run('c1602_molnar_r2', {'y^{(i)}':y, r'\hat{y}^{(i)}':yh, 'p':p}, {'r_2':np.array(r2), 'r_bar_2':np.array(1-(1-r2)*(n-1)/(n-p-1))}, fn=['R^2', r'\bar{R}^2'])
