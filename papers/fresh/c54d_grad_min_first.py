from h import *
x=np.array([-1.,2.,-0.5,3.,0.7])
run('c54d_grad_min_first', dict(x=x), np.array([1,0,1,0,0.]), fn='g')
