from h import *
rng=np.random.default_rng(1727); d=4; th=rng.normal(size=d); gp=rng.normal(size=d); G=2.0; b=0.5; p=0.3; a=0.1
run('c1727_sb_reinforce_baseline', {r'\boldsymbol{\theta}_t':th, 'G_t':G, 'b(S_t)':b, r'\pi(A_t|S_t, \boldsymbol{\theta}_t)':p, r'\nabla \pi(A_t|S_t, \boldsymbol{\theta}_t)':gp, r'\alpha':a}, th+a*(G-b)*gp/p, fn=r'\boldsymbol{\theta}_{t+1}')
