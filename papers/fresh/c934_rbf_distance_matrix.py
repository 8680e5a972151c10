from h import *
rng=np.random.default_rng(934); n=5
P=rng.normal(size=(n,2)); D=np.sqrt(((P[:,None]-P[None])**2).sum(-1))
run('c934_rbf_distance_matrix', {'D':D}, torch.exp(-T(D)**2/(2*0.7**2)).numpy())
