from h import *
rng=np.random.default_rng(1058); x=rng.normal(size=(5,3))
run('c1058_polyak_average', {'x':x}, x.mean(0), fn=r'\bar{x}_t')
