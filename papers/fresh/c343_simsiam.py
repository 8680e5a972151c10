from h import *
rng=np.random.default_rng(343); p,z=rng.normal(size=6),rng.normal(size=6)
run('c343_simsiam', {'p_1':p,'z_2':z}, np.array(-(p/np.linalg.norm(p))@(z/np.linalg.norm(z))), fn=r'\mathcal{D}')
