from h import *
rng=np.random.default_rng(213); N,C,H,W=2,3,4,5; x=rng.normal(size=(N,C,H,W)); y=rng.normal(size=(N,C,H,W))*2+1
def mu(z): return z.mean((2,3),keepdim=True)
def sd(z): return (((z-mu(z))**2).mean((2,3),keepdim=True)+1e-5).sqrt()
X,Y=T(x),T(y)
run('c213_adain', {'x':x,'y':y}, (sd(Y)*((X-mu(X))/sd(X))+mu(Y)).numpy(), fn='AdaIN')
