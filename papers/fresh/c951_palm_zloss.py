from h import *
rng=np.random.default_rng(951); V=9; y=rng.normal(size=V)*3
run('c951_palm_zloss', {'y':y}, (1e-4*torch.logsumexp(T(y),0)**2).numpy(), fn=r'\mathcal{L}_z', rtol=1e-6, atol=1e-9)
