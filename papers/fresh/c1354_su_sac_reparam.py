from h import *
rng=np.random.default_rng(1354); m=4; mu=rng.normal(size=m); sd=rng.random(m)+.1; xi=rng.normal(size=m)
run('c1354_su_sac_reparam', {r'\mu_{\theta}(s)':mu, r'\sigma_{\theta}(s)':sd, r'\xi':xi}, np.tanh(mu+sd*xi), fn=r'\tilde{a}_{\theta}')
