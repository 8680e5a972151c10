from h import *
x=np.linspace(-3,3,13); a=1.5; run('c302_celu', {'x':x,r'\alpha':a}, torch.nn.functional.celu(T(x),alpha=a).numpy(), fn=r'\text{CELU}')
