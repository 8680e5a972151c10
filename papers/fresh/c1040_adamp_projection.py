from h import *
rng=np.random.default_rng(1040); d=5; th,x=rng.normal(size=d),rng.normal(size=d)
u=th/np.linalg.norm(th)
run('c1040_adamp_projection', {r'\theta':th,'x':x}, x-(u@x)*u, fn=r'\Pi_\theta(x)')
