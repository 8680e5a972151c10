from h import *
d=4; rng=np.random.default_rng(361)
x=rng.normal(size=d); sa=rng.normal(size=d); lam=rng.normal(size=d)*0.1
exp=(T(x)+torch.diag(T(lam))@T(sa)).numpy()
run('c361_layerscale', {'x_l':x, r'\mathrm{SA}(\eta(x_l))':sa, r'\lambda':lam}, exp, fn="x'_l")
