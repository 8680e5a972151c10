from h import *
rng=np.random.default_rng(887); B=7; lp=rng.normal(size=B)-1; a,H=0.2,-3.0
run('c887_sac_temperature', {r'\log \pi_t(\mathbf{a}_t|\mathbf{s}_t)':lp,r'\alpha':a,r'\bar{\mathcal{H}}':H}, (-a*T(lp)-a*H).mean().numpy(), fn='J')
