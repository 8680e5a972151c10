from h import *
rng=np.random.default_rng(571); T_,d=5,3
k=rng.normal(size=(T_,d)); v=rng.normal(size=(T_,d)); w=rng.uniform(0.1,1,size=d); u=rng.normal(size=d)
out=np.zeros((T_,d))
for t in range(1,T_+1):
    num=np.zeros(d); den=np.zeros(d)
    for i in range(1,t):
        e=np.exp(-(t-1-i)*w+k[i-1]); num+=e*v[i-1]; den+=e
    e=np.exp(u+k[t-1]); num+=e*v[t-1]; den+=e
    out[t-1]=num/den
run('c571_rwkv', {'k':k,'v':v,'w':w,'u':u}, out)
