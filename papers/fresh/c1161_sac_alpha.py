from h import *
rng=np.random.default_rng(1161); B=6; lp=rng.normal(size=B); a,H=0.2,-3.0
run('c1161_sac_alpha', {r'\log \pi_t(\mathbf{a}_t|\mathbf{s}_t)':lp,r'\alpha':a,r'\bar{\mathcal{H}}':H}, (-a*lp-a*H).mean())
