from h import *
rng=np.random.default_rng(1665); n=4; mu=rng.normal(size=n); s=np.exp(rng.normal(size=n)*0.3); xi=rng.normal(size=n)
run('c1665_spinup_sac_squashed', {r'\mu_{\theta}(s)':mu, r'\sigma_{\theta}(s)':s, r'\xi':xi}, torch.tanh(T(mu)+T(s)*T(xi)).numpy(), fn=r'\tilde{a}_{\theta}')
