from h import *
rng=np.random.default_rng(1477); d=6; th,g=rng.normal(size=d),rng.normal(size=d); a=0.01
run('c1477_maml_inner', {r'\theta':th, r'\nabla_\theta \mathcal{L}_{\mathcal{T}_i}(f_\theta)':g, r'\alpha':a}, th-a*g, fn=r"\theta_i'")
