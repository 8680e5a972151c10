from h import *
t0,t1,g=0.7,-0.3,0.35
run('c1532_xlearner', {r'\hat{\tau}_0(x)':t0,r'\hat{\tau}_1(x)':t1,'g(x)':g}, g*t0+(1-g)*t1, fn=r'\hat{\tau}')
