from h import *
x=np.linspace(-4,4,9); X=T(x); run('c252_mish', {'x':x}, (X*torch.tanh(torch.nn.functional.softplus(X))).numpy(), fn='f')
