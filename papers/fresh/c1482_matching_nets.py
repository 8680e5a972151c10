from h import *
rng=np.random.default_rng(1482); k,m,C=5,4,3; f=rng.normal(size=m); g=rng.normal(size=(k,m)); y=np.eye(C)[rng.integers(0,C,k)]
cs=g@f/np.linalg.norm(g,axis=1)/np.linalg.norm(f); a=np.exp(cs)/np.exp(cs).sum()
run('c1482_matching_nets', {r'f(\hat{x})':f, 'g(x)':g, 'y':y}, a@y, fn=r'\hat{y}')
