from h import *
rng=np.random.default_rng(1110); C,H,W=5,3,4
U=rng.normal(size=(C,H,W))
run('c1110_sknet_fuse', {r'\mathbf{U}':U}, U.mean((1,2)), fn='s')
