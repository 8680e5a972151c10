from h import *
rng=np.random.default_rng(505); n,K=6,4; hh=rng.normal(size=(n,K))
run('c505_pointnet_maxpool', {r'\mathbf{h}':hh}, T(hh).amax(0).numpy(), fn=r'\mathbf{f}')
