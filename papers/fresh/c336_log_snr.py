from h import *
t=np.linspace(0.05,0.95,7); a=np.cos(t*np.pi/2); s=np.sin(t*np.pi/2)
run('c336_log_snr', {r'\alpha_t':a,r'\sigma_t':s}, np.log(a**2/s**2), fn=r'\lambda_t')
