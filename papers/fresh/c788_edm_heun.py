from h import *
rng=np.random.default_rng(788); d=4
x=rng.normal(size=d)*3; t0,t1=2.0,1.2
D=lambda x,s: x/(1+s*s)
d0=(x-D(x,t0))/t0; x1=x+(t1-t0)*d0; d1=(x1-D(x1,t1))/t1; x2=x+(t1-t0)*(d0/2+d1/2)
run('c788_edm_heun', {'x_i':x,'t_i':t0,'t_{i+1}':t1}, x2)
