from h import *
rng=np.random.default_rng(268); M=rng.random((4,4)); l=2.0
run('c268_cuturi_kernel', {'M':M,r'\lambda':l}, torch.exp(-l*T(M)).numpy())
