from h import *
rng=np.random.default_rng(811); n,k=6,3
V=rng.normal(size=(n,k)); x=rng.normal(size=n)
run('c811_fm_linear', {'v':V,'x':x}, sum(V[i]@V[j]*x[i]*x[j] for i in range(n) for j in range(i+1,n)))
