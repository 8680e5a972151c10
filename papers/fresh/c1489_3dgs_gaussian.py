from h import *
rng=np.random.default_rng(1489); A=rng.normal(size=(3,3)); Sg=A@A.T+np.eye(3); x=rng.normal(size=3)
run('c1489_3dgs_gaussian', {'x':x, r'\Sigma':Sg}, np.exp(-0.5*x@np.linalg.solve(Sg,x)), fn='G')
