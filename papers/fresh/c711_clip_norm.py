from h import *
rng=np.random.default_rng(711); d=5
g=rng.normal(size=d); n=np.linalg.norm(g)
for th in (n/2, 2*n):
    run('c711_clip_norm', {r'\hat{g}':g,'threshold':th}, g*th/n if n>=th else g)
