from h import *
rng=np.random.default_rng(589); B=6
lp,q=rng.normal(size=B)-1,rng.normal(size=B); al=0.2
run('c589_sac_policy', {r'\log\pi_\phi(a_t \mid s_t)':lp, r'Q_\theta(s_t, a_t)':q, r'\alpha':al}, np.mean(al*lp-q), fn=r'J_\pi')
