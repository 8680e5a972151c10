from h import *
rng=np.random.default_rng(412); N,C=5,4; x=rng.normal(size=(N,C)); y=rng.integers(0,C,N); g=2.0
t=torch.nn.functional.one_hot(torch.tensor(y),C).double(); p=torch.sigmoid(T(x))
exp=-(t*(1-p)**g*torch.log(p)+(1-t)*p**g*torch.log(1-p)).sum()
run('c412_sigmoid_focal_labels', {'x':x,'y':y,r'\gamma':g}, exp.numpy(), fn='FL')
