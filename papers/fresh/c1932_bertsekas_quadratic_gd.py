from h import *
rng=np.random.default_rng(1932); n=4; A=rng.normal(size=(n,n)); Q=A@A.T+np.eye(n); b=rng.normal(size=n); x=rng.normal(size=n); a=0.05
run('c1932_bertsekas_quadratic_gd', {'Q':Q, 'b':b, 'x':x, 'x^k':x, r'\alpha^k':a}, {'f':np.array(0.5*x@Q@x-b@x), 'x_k1':x-a*(Q@x-b)}, fn=['f','x^{k+1}'])
