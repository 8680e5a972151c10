from h import *
rng=np.random.default_rng(1671); N,A=5,3; r=rng.normal(size=N); q=rng.normal(size=(N,A)); g=0.9
run('c1671_cs285_fitted_q_target', {r'r(\mathbf{s}_i,\mathbf{a}_i)':r, r"Q_\phi(\mathbf{s}'_i,\mathbf{a}'_i)":q, r'\gamma':g}, r+g*q.max(1), fn=r'\mathbf{y}')
