from h import *
rng=np.random.default_rng(2028); n,d=6,3; X=rng.normal(size=(n,d)); y=rng.integers(0,2,size=n).astype(float); th=rng.normal(size=d); th0=0.2; lam=0.1
g=1/(1+np.exp(-(X@th+th0))); ref=np.mean(-(y*np.log(g)+(1-y)*np.log(1-g)))+lam/2*th@th
run('c2028_mit6036_logistic', {'x^{(i)}':X,'y^{(i)}':y,r'\theta':th,r'\theta_0':th0,r'\lambda':lam}, np.array(ref), fn=r'J_\text{lr}')
