from h import *
rng=np.random.default_rng(1938); n,d=6,3; X=rng.normal(size=(n,d)); y=rng.integers(0,2,size=n).astype(float); w=rng.normal(size=d); e=0.1
run('c1938_cs189_logistic_gd', {'X':X, 'y':y, 'w':w, r'\epsilon':e}, w+e*X.T@(y-1/(1+np.exp(-X@w))), fn='w')
