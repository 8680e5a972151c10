from h import *
rng=np.random.default_rng(647); B=6
r=rng.normal(size=B); d=(rng.uniform(size=B)<0.3).astype(float); q1,q2=rng.normal(size=B),rng.normal(size=B); p=rng.uniform(0.1,0.9,size=B)
run('c647_sac_target', {'r':r,'d':d, r"Q_{\phi_{\text{targ},1}}(s', \tilde{a}')":q1, r"Q_{\phi_{\text{targ},2}}(s', \tilde{a}')":q2, r"\pi_\theta(\tilde{a}' \mid s')":p}, r+0.99*(1-d)*(np.minimum(q1,q2)-0.2*np.log(p)), fn='y')
