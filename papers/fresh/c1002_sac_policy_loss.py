from h import *
rng=np.random.default_rng(1002); B=6; lp=rng.normal(size=B)-1; q=rng.normal(size=B); a=0.2
run('c1002_sac_policy_loss', {r'\log \pi_\phi(\mathbf{a}_t|\mathbf{s}_t)':lp,r'Q_\theta(\mathbf{s}_t, \mathbf{a}_t)':q,r'\alpha':a}, (a*T(lp)-T(q)).mean().numpy(), fn=r'J_\pi')
