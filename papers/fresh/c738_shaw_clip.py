from h import *
rng=np.random.default_rng(738); n,dx,dz,k=6,3,4,2
x=rng.normal(size=(n,dx)); WQ,WK=rng.normal(size=(dx,dz)),rng.normal(size=(dx,dz)); wK=rng.normal(size=(2*k+1,dz))
q=x@WQ; kk=x@WK
e=np.array([[q[i]@(kk[j]+wK[max(-k,min(k,j-i))+k])/np.sqrt(dz) for j in range(n)] for i in range(n)])
run('c738_shaw_clip', {'x':x,'W^Q':WQ,'W^K':WK,'w^K':wK}, e, fn='e')
