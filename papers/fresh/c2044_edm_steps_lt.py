from h import *
N=6; smax,smin,rho=80.0,0.002,7.0; i=np.arange(N)
run('c2044_edm_steps_lt', {r'\sigma_{max}':smax, r'\sigma_{min}':smin, r'\rho':rho}, (smax**(1/rho)+i/(N-1)*(smin**(1/rho)-smax**(1/rho)))**rho, fn='t_{i<N}', dims={'N':N})
