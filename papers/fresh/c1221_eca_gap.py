from h import *
rng=np.random.default_rng(1221); W,H,C=4,3,5; x=rng.normal(size=(W,H,C))
run('c1221_eca_gap', {r'\chi':x}, x.mean((0,1)), fn='g')
