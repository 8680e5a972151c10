from h import *
x=np.linspace(-4,4,9); b=4.0; run('c305_squareplus', {'x':x,'b':b}, ((T(x)+torch.sqrt(T(x)**2+b))/2).numpy(), fn='squareplus')
