from h import *
r1,r2=0.7,1.3; m,n=4,1
run('c1994_kerple_log', {'r_1':r1,'r_2':r2,'L':5,'m':m,'n':n}, -r1*np.log(1+r2*abs(m-n)), fn=r'\tilde{k}_{r_1, r_2}')
