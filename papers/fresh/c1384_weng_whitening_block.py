from h import *
rng=np.random.default_rng(1384); N,d=6,3; x=rng.normal(size=(N,d)); W=rng.normal(size=(d,d))
mu=x.mean(0); S=(x-mu).T@(x-mu)/N
run('c1384_weng_whitening_block', {r'\mathbf{x}':x, 'W':W}, {'sigma':S, 'x_tilde':(x-mu)@W}, fn=[r'\Sigma', r'\tilde{\mathbf{x}}'])
