from h import *
rng=np.random.default_rng(1745); d=4; g1,g0,m=rng.normal(size=d),rng.normal(size=d),rng.normal(size=d); ga,b1=0.025,0.9
c=g1+ga*b1/(1-b1)*(g1-g0); n=np.linalg.norm(c); ct=c/n if n>1 else c
run('c1745_mars', {r'\nabla f(\mathbf{x}_t, \boldsymbol{\xi}_t)':g1, r'\nabla f(\mathbf{x}_{t-1}, \boldsymbol{\xi}_t)':g0, r'\mathbf{m}_{t-1}':m, r'\gamma_t':ga, r'\beta_1':b1}, b1*m+(1-b1)*ct, fn=r'\mathbf{m}_t')
