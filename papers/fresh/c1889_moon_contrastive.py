from h import *
rng=np.random.default_rng(1889); d=4; z,zg,zp=(T(rng.normal(size=d)) for _ in range(3))
cs=lambda a,b: (a@b)/(a.norm()*b.norm())
a,b=cs(z,zg)/0.5, cs(z,zp)/0.5
run('c1889_moon_contrastive', {'z':z.numpy(),'z_{glob}':zg.numpy(),'z_{prev}':zp.numpy()}, (-(a-torch.logsumexp(torch.stack([a,b]),0))).numpy(), fn=r'\ell_{con}')
