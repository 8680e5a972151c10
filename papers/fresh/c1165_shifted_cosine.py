from h import *
t=np.linspace(0.05,0.95,6); d=256.0
run('c1165_shifted_cosine', {'t':t,'d':d}, -2*np.log(np.tan(np.pi*t/2))+2*np.log(64/d), fn=r'\log \mathrm{SNR}_{\text{shift } 64/d}')
