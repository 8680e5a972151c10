from h import *
lo,hi,tc,ti=0.001,0.1,7.0,20.0
run('c205_sgdr', {r'\eta^i_{min}':lo,r'\eta^i_{max}':hi,'T_{cur}':tc,'T_i':ti}, np.array(lo+0.5*(hi-lo)*(1+np.cos(tc/ti*np.pi))))
