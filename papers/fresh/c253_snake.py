from h import *
x=np.linspace(-3,3,7); a=0.7; X=T(x); run('c253_snake', {'x':x,'a':a}, (X+torch.sin(a*X)**2/a).numpy())
