from h import *
D=16; th=10000.0**(-2*np.arange(D)/(2*D)); L=2048.0; s=8.0; a,b=1.0,32.0
r=L/(2*np.pi/th)
g=np.where(r<a,0.0,np.where(r>b,1.0,(r-a)/(b-a)))
run('c944_yarn_ramp', {r'\theta':th, 'L':L, 's':s}, (1-g)*th/s+g*th, fn='h')
