from h import *
rng=np.random.default_rng(2017); n,d=7,3; X=rng.normal(size=(n,d)); y=rng.choice([-1.,1.],n); w_=rng.normal(size=d); lam=0.3
run('c2017_zhang_logistic_risk', {'w':w_, 'x_i':X, 'y':y, r'\lambda':lam}, np.array(np.log1p(np.exp(-(X@w_)*y)).mean()+lam/2*w_@w_))
