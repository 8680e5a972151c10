from h import *
rng=np.random.default_rng(1585); N,M=7,3; P=rng.normal(size=(N,M)); w=rng.normal(size=M)*.5; t=(rng.random(N)<0.5).astype(float)
y=1/(1+np.exp(-P@w)); R=np.diag(y*(1-y))
run('c1585_prml_irls', {r'\mathbf{\Phi}':P, r'\mathbf{t}':t, r'\mathbf{y}':y, r'\mathbf{w}^{(\text{old})}':w}, w-np.linalg.solve(P.T@R@P, P.T@(y-t)), fn=r'\mathbf{w}^{(\text{new})}')
