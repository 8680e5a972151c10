from h import *
rng=np.random.default_rng(632); T,k=7,3
r,V=rng.normal(size=T),rng.normal(size=T+1); g=0.9
R=np.array([sum(g**i*r[t+i] for i in range(k))+g**k*V[t+k] for t in range(T-k+1)])
run('c632_nstep_return', {'r':r,'V':V,r'\gamma':g,'k':k}, R, fn='R')
