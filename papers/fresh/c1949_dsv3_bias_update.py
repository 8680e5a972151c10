from h import *
b=np.array([0.1,-0.2,0.0,0.3]); c=np.array([10.,3.,5.,6.]); g=0.01
run('c1949_dsv3_bias_update', {'b':b,'c':c,r'\gamma':g}, b-g*np.sign(c-c.mean()), fn='b')
