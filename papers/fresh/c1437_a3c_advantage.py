from h import *
rng=np.random.default_rng(1437); T_=7; k=3; r=rng.normal(size=T_); V=rng.normal(size=T_+1); g=0.9
exp=np.array([sum(g**i*r[t+i] for i in range(k))+g**k*V[t+k]-V[t] for t in range(T_-k+1)])
run('c1437_a3c_advantage', {'r':r,'V':V,r'\gamma':g,'k':k}, exp, fn='A')
