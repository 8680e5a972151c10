from h import *
rng=np.random.default_rng(21); d=6; q,z=rng.normal(size=d),rng.normal(size=d)
Q,Z=T(q),T(z); exp=((Q/Q.norm()-Z/Z.norm())**2).sum()
run('c21b_byol_inner', {'q':q,"z'":z}, exp.numpy())
