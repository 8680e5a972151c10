from h import *
rng=np.random.default_rng(1998); V=rng.normal(size=8)*5; e=2.0
run('c1998_mx_shared_scale', {'V':V, r'\text{emax}_{\text{elem}}':e}, 2.0**(np.floor(np.log2(np.abs(V).max()))-e), fn='X')
