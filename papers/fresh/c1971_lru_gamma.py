from h import *
rng=np.random.default_rng(1971); N=5; nu=rng.normal(size=N)
m=torch.exp(-torch.exp(T(nu))); g=torch.sqrt(1-m**2)
run('c1971_lru_gamma', {r'\nu^{\log}':nu}, g.numpy(), fn=r'\gamma_j')
