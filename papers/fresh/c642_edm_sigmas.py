from h import *
N=6; lo,hi,rho=0.002,80.0,7.0
i=np.arange(N)
run('c642_edm_sigmas', {r'\sigma_{\min}':lo, r'\sigma_{\max}':hi, r'\rho':rho}, (hi**(1/rho)+i/(N-1)*(lo**(1/rho)-hi**(1/rho)))**rho, fn=r'\sigma', dims={'N':N}, rtol=1e-4)
