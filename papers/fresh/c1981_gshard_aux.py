from h import *
rng=np.random.default_rng(1981); E=4; c=rng.integers(0,5,size=E).astype(float); m=rng.uniform(size=E); S=float(c.sum())
run('c1981_gshard_aux', {'c':c,'m':m,'S':S}, np.mean(c/S*m), fn=r'\ell_{aux}')
