from h import *
rng=np.random.default_rng(1168); n,C,F,K=4,3,2,2; A=rng.uniform(0,0.5,(n,n)); x=rng.normal(size=(n,C)); g=rng.normal(size=(C,F,K+1)); b=rng.normal(size=F)
P=[np.linalg.matrix_power(A,k) for k in range(K+1)]
y=np.stack([sum(sum(g[c,f,k]*P[k] for k in range(K+1))@x[:,c] for c in range(C))+b[f] for f in range(F)],1)
run('c1168_tagcn', {r'\mathbf{A}':A,r'\mathbf{x}':x,'g':g,'b':b}, y, fn=r'\mathbf{y}')
