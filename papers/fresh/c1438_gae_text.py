from h import *
rng=np.random.default_rng(1438); T_=6; r=rng.normal(size=T_); V=rng.normal(size=T_+1); g,l=0.99,0.95
d=r+g*V[1:]-V[:-1]; exp=np.array([sum((g*l)**j*d[t+j] for j in range(T_-t)) for t in range(T_)])
run('c1438_gae_text', {'r':r,'V':V,r'\gamma':g,r'\lambda':l}, exp, fn=r'\hat{A}')
