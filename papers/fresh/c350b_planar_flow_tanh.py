from h import *
rng=np.random.default_rng(350); D=4; z,u,w=rng.normal(size=D),rng.normal(size=D)*0.5,rng.normal(size=D)*0.5; b=0.3
a=w@z+b; psi=(1-np.tanh(a)**2)*w
inp={'z':z,'u':u,'w':w,'b':b}
run('c350b_planar_flow_tanh', inp, z+u*np.tanh(a), fn='f')
run('c350b_planar_flow_tanh', inp, psi, fn=r'\psi')
run('c350b_planar_flow_tanh', inp, np.array(np.log(abs(1+u@psi))), fn=r'\mathrm{logdet}')
