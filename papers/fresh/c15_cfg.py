from h import *
rng=np.random.default_rng(15); d=6; ec,eu=rng.normal(size=d),rng.normal(size=d); w=1.5
run('c15_cfg', {'\\epsilon_c':ec,'\\epsilon_u':eu,'w':w}, ((1+w)*T(ec)-w*T(eu)).numpy())
