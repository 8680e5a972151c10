from h import *
rng=np.random.default_rng(1703); m,n=9,3; X=rng.normal(size=(m,n)); y=rng.normal(size=m)
run('c1703_gbc_normal_equations', {r'\boldsymbol{X}^{(\text{train})}':X, r'\boldsymbol{y}^{(\text{train})}':y}, np.linalg.solve(X.T@X, X.T@y), fn=r'\boldsymbol{w}')
