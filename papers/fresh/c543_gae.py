from h import *
rng=np.random.default_rng(543); n=6; r,V=rng.normal(size=n),rng.normal(size=n+1); g,l=0.9,0.8
d=T(r)+g*T(V)[1:]-T(V)[:-1]; A=torch.stack([sum((g*l)**k*d[t+k] for k in range(n-t)) for t in range(n)])
run('c543_gae', {'r':r,'V':V,r'\gamma':g,r'\lambda':l}, A.numpy(), fn=r'\hat{A}')
