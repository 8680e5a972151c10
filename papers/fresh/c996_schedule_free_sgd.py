from h import *
rng=np.random.default_rng(996); d=4; x,z,g=(rng.normal(size=d) for _ in range(3)); beta,gam,t=0.9,0.1,3.0
z1=z-gam*g; c=1/(t+1)
run('c996_schedule_free_sgd', {'x_t':x,'z_t':z,r'\nabla f(y_t)':g,r'\beta':beta,r'\gamma':gam,'t':t}, {'y_t':(1-beta)*z+beta*x, 'x_{t+1}':(1-c)*x+c*z1}, fn=['y_t','x_{t+1}'])
