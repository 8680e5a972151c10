from h import *
z=np.array([1000.,999.,-1000.,0.]); tau=0.5; x=np.array([100.,-100.,30.,-30.,0.5]); y=np.array([0.,1.,1.,0.,1.])
p=torch.softmax(T(z)/tau,0)
run('c66_stability', {'z':z,'\\tau':tau}, p.numpy(), fn='p')
run('c66_stability', {'x':x,'y':y}, torch.nn.functional.binary_cross_entropy_with_logits(T(x),T(y)).numpy(), fn='\\ell')
