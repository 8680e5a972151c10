from h import *
rng=np.random.default_rng(1378); N,d=6,3; x=rng.normal(size=(N,d))
mu=x.mean(0); S=(x-mu).T@(x-mu)/N
run('c1378_weng_whitening', {r'\mathbf{x}':x}, S, fn=r'\Sigma')
