from h import *
rng=np.random.default_rng(1619); D=4; x=rng.normal(size=D); O1=rng.normal(size=(D,D)); O2=rng.normal(size=(D,D))
h1=x+O1@np.maximum(x,0); h2=h1+O2@np.maximum(h1,0)
run('c1619_prince_residual', {r'\mathbf{x}':x, r'\boldsymbol\Omega_1':O1, r'\boldsymbol\Omega_2':O2}, h2, fn=r'\mathbf{h}_2')
