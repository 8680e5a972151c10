from h import *
rng=np.random.default_rng(609); T_=5; r=rng.normal(size=T_); V=rng.normal(size=T_+1); g,l=0.9,0.8
delta=r+g*V[1:]-V[:-1]
A=np.array([sum((g*l)**k*delta[t+k] for k in range(T_-t)) for t in range(T_)])
run('c609_gae_where', {'r':r,'V':V,r'\gamma':g,r'\lambda':l}, A, fn=r'\hat{A}')
