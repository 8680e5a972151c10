from h import *
rng=np.random.default_rng(810); n,k=6,3
w0=0.3; w=rng.normal(size=n); V=rng.normal(size=(n,k)); x=rng.normal(size=n)
y=w0+w@x+sum(V[i]@V[j]*x[i]*x[j] for i in range(n) for j in range(i+1,n))
run('c810_fm', {'w_0':w0,r'\mathbf{w}':w,r'\mathbf{V}':V,r'\mathbf{x}':x}, y)
