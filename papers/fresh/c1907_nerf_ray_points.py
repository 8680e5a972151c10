from h import *
rng=np.random.default_rng(1907); N=4; o=rng.normal(size=3); d=rng.normal(size=3); t=np.sort(rng.uniform(2,6,N))
run('c1907_nerf_ray_points', {r'\mathbf{o}':o, r'\mathbf{d}':d, 't':t}, o[None,:]+t[:,None]*d[None,:], fn=r'\mathbf{r}')
