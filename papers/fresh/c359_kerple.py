from h import *
L=5; r1,r2=0.8,1.5; m=np.arange(1,L+1)
run('c359_kerple', {'r_1':r1,'r_2':r2,'L':L}, -r1*np.log(1+r2*np.abs(m[:,None]-m[None,:])), fn='b')
