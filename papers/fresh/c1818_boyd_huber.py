from h import *
u=np.array([-2.5,-0.4,0.1,0.9,3.0]); M=1.0
run('c1818_boyd_huber', {'M':M, 'u':u}, np.where(np.abs(u)<=M, u**2, M*(2*np.abs(u)-M)), fn=r'\phi_M')
