from h import *
rng=np.random.default_rng(1130); n=6; r,V=rng.normal(size=n),rng.normal(size=n+1); g,l=0.9,0.8
d=r+g*V[1:]-V[:-1]; A=np.zeros(n); nxt=0.0
for t in reversed(range(n)):
    A[t]=d[t]+g*l*nxt; nxt=A[t]
run('c1130_gae_backward', {'r':r,'V':V,r'\gamma':g,r'\lambda':l}, A, fn=r'\hat{A}')
