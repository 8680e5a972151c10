from h import *
rng=np.random.default_rng(660); N,C,H,W=2,3,4,5; x=rng.normal(size=(N,C,H,W))*2+1; y=rng.normal(size=(N,C,H,W))*3-1
def mu(a): return T(a).mean((2,3),keepdim=True)
def sd(a): return (((T(a)-mu(a))**2).mean((2,3),keepdim=True)+1e-5).sqrt()
run('c660_adain', {'x':x,'y':y}, (sd(y)*(T(x)-mu(x))/sd(x)+mu(y)).numpy(), fn=r'\mathrm{AdaIN}')
