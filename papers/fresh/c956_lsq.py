from h import *
rng=np.random.default_rng(956); n=8
v=rng.normal(size=n)*2; s=0.37
vb=torch.round(torch.clamp(T(v)/s,-4,3))
run('c956_lsq', {'v':v,'s':s}, (vb*s).numpy(), fn=r'\hat{v}')
