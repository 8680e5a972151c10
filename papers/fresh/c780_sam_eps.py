from h import *
rng=np.random.default_rng(780); n,d=6,4
X=rng.normal(size=(n,d)); y=rng.normal(size=n); w=rng.normal(size=d); rho=0.05
W=T(w).requires_grad_(); (((T(X)@W-T(y))**2).sum()/n).backward(); g=W.grad
run('c780_sam_eps', {'X':X,'y':y,'w':w,r'\rho':rho}, (rho*g/g.norm()).numpy())
