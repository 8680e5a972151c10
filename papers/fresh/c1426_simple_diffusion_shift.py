from h import *
t,d=0.3,256.
run('c1426_simple_diffusion_shift', {'t':t,'d':d}, np.array(-2*np.log(np.tan(np.pi*t/2))+2*np.log(64/d)))
