from h import *
rng=np.random.default_rng(1302); d=3; x=rng.normal(size=d); c=rng.normal(size=d); A=rng.normal(size=(d,d)); Q=A@A.T+d*np.eye(d); b=0.4
h_=0.5*x@Q@x+x@c+b; z=x-np.linalg.solve(Q,c); g=0.5*z@Q@z+b-0.5*c@np.linalg.solve(Q,c)
I={'\\mathbf{x}':x,'\\mathbf{c}':c,'\\mathbf{Q}':Q,'b':b}
run('c1302_d2l_momentum_quadratic', I, h_, fn='h')
run('c1302_d2l_momentum_quadratic', I, g, fn='g')
