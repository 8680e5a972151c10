from h import *
rng=np.random.default_rng(1517); K,d=5,3; W=rng.normal(size=(K,d)); x=rng.normal(size=d); t=2
s=W@x; other=max(s[j] for j in range(K) if j!=t-1)
run('c1517_wiki_hinge_multiclass', {r'\mathbf{w}':W, r'\mathbf{x}':x, 't':t}, max(0,1+other-s[t-1]), fn=r'\ell')
