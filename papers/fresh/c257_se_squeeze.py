from h import *
rng=np.random.default_rng(257); H,W,C=3,4,5; U=rng.normal(size=(H,W,C))
run('c257_se_squeeze', {r'\mathbf{U}':U}, T(U).mean((0,1)).numpy(), fn='z')
