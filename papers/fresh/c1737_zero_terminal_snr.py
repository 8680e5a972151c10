from h import *
Tn=6; ab=np.cumprod(np.linspace(0.95,0.6,Tn)); s=np.sqrt(ab); sh=(s-s[-1])*s[0]/(s[0]-s[-1])
run('c1737_zero_terminal_snr', {r'\bar{\alpha}':ab}, sh**2, fn=r'\hat{\bar{\alpha}}')
