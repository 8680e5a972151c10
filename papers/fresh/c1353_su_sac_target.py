from h import *
rng=np.random.default_rng(1353); B=6; q1=rng.normal(size=B); q2=rng.normal(size=B); p=rng.random(B)+.05; r=rng.normal(size=B); d=(rng.random(B)<.3).astype(float); g,al=0.99,0.2
run('c1353_su_sac_target', {r"Q_{\phi_{\text{targ},1}}(s', \tilde{a}')":q1, r"Q_{\phi_{\text{targ},2}}(s', \tilde{a}')":q2, r"\pi_{\theta}(\tilde{a}'|s')":p, 'r':r, 'd':d, r'\gamma':g, r'\alpha':al},
    r+g*(1-d)*(np.minimum(q1,q2)-al*np.log(p)), fn='y')
