from h import *
rng=np.random.default_rng(1244); d,k=5,3; w,x=rng.normal(size=d),rng.normal(size=d); V=rng.normal(size=(d,k)); yd=0.3
G=V@V.T; fm=w@x+sum(G[a,b]*x[a]*x[b] for a in range(d) for b in range(a+1,d))
run('c1244_deepfm', {'w':w,'x':x,'V':V,'y_{DNN}':yd}, np.array(1/(1+np.exp(-(fm+yd)))), fn=r'\hat{y}')
