from h import *
rng=np.random.default_rng(636); n=6
d,c=rng.normal(size=n),rng.uniform(0.2,1,size=n); g=0.9
out=np.array([sum(g**(s-t)*np.prod(c[t+1:s+1])*d[s] for s in range(t,n)) for t in range(n)])
run('c636_retrace_target', {r'\delta':d,'c':c,r'\gamma':g}, out, fn=r'\Delta Q')
