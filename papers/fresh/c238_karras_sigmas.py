from h import *
N=6; smax,smin,rho=80.0,0.002,7.0; i=np.arange(N)
s=(smax**(1/rho)+i/(N-1)*(smin**(1/rho)-smax**(1/rho)))**rho
run('c238_karras_sigmas', {r'\sigma_{max}':smax,r'\sigma_{min}':smin,r'\rho':rho}, np.append(s,0.0), dims={'N':N})
