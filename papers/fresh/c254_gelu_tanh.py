from h import *
x=np.linspace(-3,3,7); X=T(x); run('c254_gelu_tanh', {'x':x}, (0.5*X*(1+torch.tanh(np.sqrt(2/np.pi)*(X+0.044715*X**3)))).numpy(), fn='GELU')
