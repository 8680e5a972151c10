from h import *
rng=np.random.default_rng(1352); B=6; q1=rng.normal(size=B); q2=rng.normal(size=B); r=rng.normal(size=B); d=(rng.random(B)<.3).astype(float); g=0.99
run('c1352_su_td3_target', {r"Q_{\phi_{1, \text{targ}}}(s', a'(s'))":q1, r"Q_{\phi_{2, \text{targ}}}(s', a'(s'))":q2, 'r':r, 'd':d, r'\gamma':g}, r+g*(1-d)*np.minimum(q1,q2), fn='y')
