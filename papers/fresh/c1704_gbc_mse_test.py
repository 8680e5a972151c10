from h import *
rng=np.random.default_rng(1704); m,n=8,3; X=rng.normal(size=(m,n)); y=rng.normal(size=m); w=rng.normal(size=n)
run('c1704_gbc_mse_test', {r'\boldsymbol{X}^{(\text{test})}':X, r'\boldsymbol{y}^{(\text{test})}':y, r'\boldsymbol{w}':w}, np.array(np.mean((X@w-y)**2)), fn=r'\text{MSE}_{\text{test}}')
