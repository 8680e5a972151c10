from h import *
rng=np.random.default_rng(791); n,d=6,3
X=rng.normal(size=(n,d)); y=rng.normal(size=n); th=rng.normal(size=d); A=rng.normal(size=(d,d)); F=A@A.T+np.eye(d); eta=0.3
g=X.T@(X@th-y)
run('c791_natural_gradient', {'X':X,'y':y,r'\theta_t':th,'F':F,r'\eta':eta}, th-eta*np.linalg.solve(F,g))
