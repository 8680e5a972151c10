from h import *
rng=np.random.default_rng(1415); T_,d,Nr,K=3,4,5,2
u,e=rng.normal(size=(T_,d)),rng.normal(size=(Nr,d)); b=rng.normal(scale=0.5,size=Nr)
s=1/(1+np.exp(-(e@u.T)))   # (Nr, T)
g=np.zeros_like(s)
for t in range(T_):
    top=np.argsort(-(s[:,t]+b))[:K]; g[top,t]=s[top,t]
g=g/g.sum(0,keepdims=True)
run('c1415_dsv3_gate', {r'\mathbf{u}':u,r'\mathbf{e}':e,'b':b}, g, fn='g')
