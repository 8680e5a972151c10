from h import *
rng=np.random.default_rng(1778); d=4; M=rng.normal(size=(d,d)); A=np.eye(d)+M@M.T; b=rng.normal(size=d); x=rng.normal(size=d); al=0.5
th=np.linalg.solve(A,b)
run('c1778_linucb', {r'\mathbf{A}_a':A, r'\mathbf{b}_a':b, r'\mathbf{x}_{t,a}':x, r'\alpha':al}, np.array(th@x+al*np.sqrt(x@np.linalg.solve(A,x))), fn='p_{t,a}')
