from h import *
rng=np.random.default_rng(1436); A=5; q,qt=rng.normal(size=A),rng.normal(size=A); R,g=0.5,0.99
run('c1436_double_dqn_vh', {r'Q(S_{t+1}, a; \boldsymbol{\theta}_t)':q, r"Q(S_{t+1}, a; \boldsymbol{\theta}'_t)":qt, 'R_{t+1}':R, r'\gamma':g}, R+g*qt[q.argmax()])
