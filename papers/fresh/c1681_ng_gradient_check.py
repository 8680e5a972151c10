from h import *
rng=np.random.default_rng(1681); P=6; g=rng.normal(size=P); ga=g+1e-2*rng.normal(size=P)
run('c1681_ng_gradient_check', {'grad':g, 'gradapprox':ga}, np.linalg.norm(g-ga)/(np.linalg.norm(g)+np.linalg.norm(ga)), fn='difference')
