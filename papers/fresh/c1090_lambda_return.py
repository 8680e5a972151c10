from h import *
rng=np.random.default_rng(1090); Tn=6; R=rng.normal(size=Tn); V=rng.normal(size=Tn); g,l=0.9,0.8
# R[t] holds R_{t+1}, V[t] holds V(S_{t+1}); G_T = 0 after the last step
G=np.zeros(Tn); nxt=0.0
for t in reversed(range(Tn)):
    G[t]=R[t]+g*((1-l)*V[t]+l*nxt); nxt=G[t]
run('c1090_lambda_return', {'R':R,'V':V,r'\gamma':g,r'\lambda':l}, G, fn=r'G^\lambda')
