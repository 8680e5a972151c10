from h import *
rng=np.random.default_rng(1453); N,D=6,3; Z=rng.normal(size=(N,D))*2+1; g,b=rng.normal(size=D),rng.normal(size=D); eps=1e-5
exp=torch.nn.functional.batch_norm(T(Z),None,None,T(g),T(b),training=True,eps=eps)
run('c1453_murphy_batchnorm', {r'\mathbf{Z}':Z, r'\boldsymbol{\gamma}':g, r'\boldsymbol{\beta}':b, r'\epsilon':eps}, exp.numpy(), fn=r'\tilde{\mathbf{z}}')
