from h import *
rng=np.random.default_rng(1673); Tn=6; r=rng.normal(size=Tn); v=rng.normal(size=Tn+1); g,l=0.9,0.8
d=r+g*v[1:]-v[:-1]; A=np.zeros(Tn); acc=0.0
for t in reversed(range(Tn)): acc=d[t]+g*l*acc; A[t]=acc
run('c1673_cs285_gae', {r'r(\mathbf{s}_t,\mathbf{a}_t)':r, r'\hat{V}^\pi_\phi(\mathbf{s}_t)':v, r'\gamma':g, r'\lambda':l}, A, fn=r'\hat{A}^\pi_{\text{GAE}}')
