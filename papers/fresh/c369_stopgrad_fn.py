from h import *
rng=np.random.default_rng(369); q,z=rng.normal(size=5),rng.normal(size=5)
run('c369_stopgrad_fn', {'q':q,"z'":z}, np.array(2-2*q@z/np.linalg.norm(q)/np.linalg.norm(z)), fn=r'\mathcal{L}')
