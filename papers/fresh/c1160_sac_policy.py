from h import *
rng=np.random.default_rng(1160); B=6; lp,q=rng.normal(size=B),rng.normal(size=B); a=0.2
run('c1160_sac_policy', {r'\log \pi_\phi(f_\phi(\epsilon_t; s_t)|s_t)':lp,r'Q_\theta(s_t, f_\phi(\epsilon_t; s_t))':q,r'\alpha':a}, (a*lp-q).mean())
