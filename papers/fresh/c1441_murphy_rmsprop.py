from h import *
rng=np.random.default_rng(1441); D=5; s=rng.uniform(size=D); g,th=rng.normal(size=D),rng.normal(size=D); b,eta,eps=0.9,0.01,1e-8
s1=b*s+(1-b)*g**2
run('c1441_murphy_rmsprop', {'s_t':s,'g_t':g,r'\boldsymbol{\theta}_t':th,r'\beta':b,r'\eta_t':eta,r'\epsilon':eps}, th-eta/np.sqrt(s1+eps)*g, fn=r'\theta_{t+1}')
