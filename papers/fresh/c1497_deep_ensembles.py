from h import *
rng=np.random.default_rng(1497); M=5; mu=rng.normal(size=M); s2=rng.random(M)+0.1; m=mu.mean()
run('c1497_deep_ensembles', {r'\mu_{\theta_m}(\mathbf{x})':mu, r'\sigma^2_{\theta_m}(\mathbf{x})':s2}, np.mean(s2+mu**2)-m**2, fn=r'\sigma^2_*')
