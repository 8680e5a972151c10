from h import *
rng=np.random.default_rng(816); d=5
a,r,b=(rng.normal(size=d) for _ in range(3))
run('c816_distmult_diag', {r'\mathbf{y}_{e_1}':a,r'\mathbf{y}_{e_2}':b,r'\mathbf{r}':r}, a@np.diag(r)@b)
