from h import *
rng=np.random.default_rng(1401); d=4
x,z,g=(rng.normal(size=d) for _ in range(3)); b,gam,t=0.9,0.1,3
y=(1-b)*z+b*x; z2=z-gam*g; c=1/(t+1); x2=(1-c)*x+c*z2
run('c1401_schedfree_sgd', {'x_t':x,'z_t':z,r'\nabla f(y_t, \zeta_t)':g,r'\beta':b,r'\gamma':gam,'t':t},
    {'y_t':y,'x_t1':x2}, fn=['y_t','x_{t+1}'])
