from h import *
rng=np.random.default_rng(1435); B,A=6,4; r=rng.normal(size=B); Q=rng.normal(size=(B,A)); g=0.99
run('c1435_dqn_alg1_target', {'r':r, r"\hat{Q}(\phi_{j+1}, a'; \theta^-)":Q, r'\gamma':g}, r+g*Q.max(1), fn='y')
