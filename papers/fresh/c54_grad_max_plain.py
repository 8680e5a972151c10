from h import *
x=np.array([-1.,2.,-0.5,3.,0.7])
run('c54_grad_max_plain', dict(x=x), np.array([0,1,0,1,1.]), fn='g')
