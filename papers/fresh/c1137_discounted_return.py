from h import *
rng=np.random.default_rng(1137); n=7; r=rng.normal(size=n); g=0.9
G=np.zeros(n); nxt=0.0
for t in reversed(range(n)):
    G[t]=r[t]+g*nxt; nxt=G[t]
run('c1137_discounted_return', {'r':r,r'\gamma':g}, G, fn='G')
