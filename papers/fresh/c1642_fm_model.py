from h import *
rng=np.random.default_rng(1642); n,k=5,3; x=rng.normal(size=n); w0=0.3; w=rng.normal(size=n); V=rng.normal(size=(n,k))
out=w0+w@x+sum(V[i]@V[j]*x[i]*x[j] for i in range(n) for j in range(i+1,n))
run('c1642_fm_model', {r'\mathbf{x}':x,'w_0':w0,r'\mathbf{w}':w,r'\mathbf{V}':V}, np.array(out), fn=r'\hat{y}')
