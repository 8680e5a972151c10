from h import *
rng=np.random.default_rng(885); B,A=6,4; r,q=rng.normal(size=B),rng.normal(size=B); Qt=rng.normal(size=(B,A)); g=0.99
run('c885_dqn_loss', {'r':r,r'Q(s, a; \theta_i)':q,r"Q(s', a'; \theta_i^-)":Qt,r'\gamma':g}, ((T(r)+g*T(Qt).amax(1)-T(q))**2).mean().numpy())
