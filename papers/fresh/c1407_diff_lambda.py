from h import *
rng=np.random.default_rng(1407); d=4
a,b,c,e=(rng.normal(scale=0.3,size=d) for _ in range(4)); l=3
li=0.8-0.6*np.exp(-0.3*(l-1))
run('c1407_diff_lambda', {r'\boldsymbol{\lambda}_{q_1}':a,r'\boldsymbol{\lambda}_{k_1}':b,r'\boldsymbol{\lambda}_{q_2}':c,r'\boldsymbol{\lambda}_{k_2}':e,'l':l},
    np.exp(a@b)-np.exp(c@e)+li, fn=r'\lambda')
