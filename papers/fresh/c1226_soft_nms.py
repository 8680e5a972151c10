from h import *
rng=np.random.default_rng(1226); N=6; s=rng.uniform(0,1,N); io=rng.uniform(0,1,N); sg=0.5
run('c1226_soft_nms', {'s':s, r'\mathrm{iou}(\mathcal{M}, b_i)':io, r'\sigma':sg}, s*np.exp(-io**2/sg), fn='s')
