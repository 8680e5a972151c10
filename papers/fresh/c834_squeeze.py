from h import *
rng=np.random.default_rng(834); H,W,C=3,4,5
U=rng.normal(size=(H,W,C))
run('c834_squeeze', {r'\mathbf{U}':U}, U.mean((0,1)))
