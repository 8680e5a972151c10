from h import *
rng=np.random.default_rng(1820); n=3; A=rng.normal(size=(n,n)); P=A@A.T+n*np.eye(n); q=rng.normal(size=n); x=rng.normal(size=n)
g=P@x+q; dx=-np.linalg.solve(P,g)
run('c1820_boyd_newton_step', {'P':P, 'q':q, 'x':x, 'r':0.5}, dx, fn=r'\Delta x_{\rm nt}')
