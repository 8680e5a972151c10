from h import *
rng=np.random.default_rng(878); d=6; v=rng.normal(size=d); c=T(v)-T(v).mean()
run('c878_centered_wn', {r'\mathbf{v}':v}, (c/c.norm()).numpy(), fn=r'\mathbf{w}')
