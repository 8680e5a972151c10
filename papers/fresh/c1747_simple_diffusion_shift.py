from h import *
t=np.linspace(0.1,0.9,5); d=256.
run('c1747_simple_diffusion_shift', {'t':t,'d':d}, -2*np.log(np.tan(np.pi*t/2))+2*np.log(64/d), fn=r'\log \mathrm{SNR}_{\text{shift } 64/d}')
