from h import *
rng=np.random.default_rng(1986); d=4; x0,x1,z=(rng.normal(size=d) for _ in range(3)); t=0.3
run('c1986_stochastic_interpolant', {'x_0':x0,'x_1':x1,'z':z,'t':t}, (1-t)*x0+t*x1+np.sqrt(2*t*(1-t))*z, fn='x_t')
