from h import *
rng=np.random.default_rng(630); n=6
G,b=rng.normal(size=n),rng.normal(size=n); p=rng.uniform(0.1,0.9,size=n)
run('c630_reinforce_baseline', {'G':G,'b':b,r'\pi(A_t \mid S_t, \boldsymbol{\theta})':p}, np.mean((G-b)*np.log(p)), fn='J')
