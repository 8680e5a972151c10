from h import *
rng=np.random.default_rng(1379); N,C=4,3; zp=rng.random((N,C)); z=rng.random((N,C)); a=0.6; t=3.0
run('c1379_weng_temporal_ensembling', {r'\tilde{\mathbf{z}}^{(t-1)}':zp, r'\mathbf{z}':z, r'\alpha':a, 't':t}, (a*zp+(1-a)*z)/(1-a**t), fn=r'\tilde{\mathbf{z}}^{(t)}')
