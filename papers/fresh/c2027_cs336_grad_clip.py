from h import *
rng=np.random.default_rng(2027); g=rng.normal(size=5); eps=1e-6; n=np.linalg.norm(g)
for M in (1.0, 10.0):
    run('c2027_cs336_grad_clip', {'g':g,'M':M,r'\epsilon':eps}, g*M/(n+eps) if n>M else g, fn=r'\tilde{g}')
