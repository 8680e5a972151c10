from h import *
rng=np.random.default_rng(1895); n,m=3,4; C=rng.uniform(size=(n,m)); u=rng.uniform(size=n); v=rng.uniform(size=m)
P=np.diag(u)@np.exp(-C/0.3)@np.diag(v)
run('c1895_ot_plan_scaling', {r'\mathbf{C}':C, r'\mathbf{u}':u, r'\mathbf{v}':v}, {'p':P, 'l':np.array((P*C).sum())}, fn=[r'\mathbf{P}','L'])
