from h import *
x=np.array([-0.5,0.2,0.7,1.0,1.5,0.0,0.99])
run('c1112_unit_interval', {'x':x}, ((x>0)&(x<1)).astype(float), fn='g')
