from h import *
rng=np.random.default_rng(701); H=7
a=rng.normal(size=H)
run('c701_layernorm_ba', {'a^l':a}, {'mu_l':a.mean(), 'sigma_l':a.std()}, fn=[r'\mu^l', r'\sigma^l'])
