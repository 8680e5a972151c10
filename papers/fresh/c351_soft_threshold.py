from h import *
rng=np.random.default_rng(351); v=rng.normal(size=8); l=0.5
run('c351_soft_threshold', {'v':v,r'\lambda':l}, np.sign(v)*np.maximum(np.abs(v)-l,0), fn=r'\mathbf{prox}_{\lambda f}')
