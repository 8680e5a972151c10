from h import *
rng=np.random.default_rng(472); B,A=5,3; r,Q=rng.normal(size=B),rng.normal(size=(B,A)); g=0.99
run('c472_dqn_target', {'r':r,r'\hat{Q}':Q,r'\gamma':g}, (T(r)+g*T(Q).max(1).values).numpy(), fn='y')
