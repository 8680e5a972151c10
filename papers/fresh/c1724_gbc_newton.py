from h import *
rng=np.random.default_rng(1724); n=3; x=rng.normal(size=n); A=rng.normal(size=(n,n)); H=A@A.T+n*np.eye(n); g=rng.normal(size=n)
run('c1724_gbc_newton', {r'\boldsymbol{x}^{(0)}':x, r'\boldsymbol{H}(f)(\boldsymbol{x}^{(0)})':H, r'\nabla_{\boldsymbol{x}} f(\boldsymbol{x}^{(0)})':g}, x-np.linalg.solve(H,g), fn=r'\boldsymbol{x}^*')
