from h import *
rng=np.random.default_rng(235); a,b,c,d=rng.normal(size=4),rng.normal(size=4),rng.normal(size=3),rng.normal(size=3); tau=0.01
run('c235_polyak', {r'\theta^Q':a,r"\theta^{Q'}":b,r'\theta^\mu':c,r"\theta^{\mu'}":d,r'\tau':tau},
    {'theta_Q':(tau*T(a)+(1-tau)*T(b)).numpy(), 'theta_mu':(tau*T(c)+(1-tau)*T(d)).numpy()}, fn=[r"\theta^{Q'}",r"\theta^{\mu'}"])
