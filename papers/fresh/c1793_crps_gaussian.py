from h import *
from math import erf
mu,s,x=0.3,1.4,1.1; z=(x-mu)/s; Phi=0.5*(1+erf(z/np.sqrt(2))); phi=np.exp(-z*z/2)/np.sqrt(2*np.pi)
run('c1793_crps_gaussian', {r'\mu':mu, r'\sigma':s, 'x':x}, np.array(s*(z*(2*Phi-1)+2*phi-1/np.sqrt(np.pi))), fn=r'\mathrm{CRPS}')
