from h import *
y=np.array([0.,1.,-2.,30.,-50.,0.3]); yh=np.array([0.5,-1.,2.,-30.,50.,0.1])   # includes large residuals
exp=torch.log(torch.cosh(T(yh)-T(y))).sum()
run('c29_logcosh', {'y':y,'\\hat{y}':yh}, exp.numpy())
run('c29_logcosh', {'y':y,'\\hat{y}':yh}, exp.numpy(), precision='double')
