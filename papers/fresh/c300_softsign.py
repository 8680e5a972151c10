from h import *
x=np.linspace(-4,4,9); run('c300_softsign', {'x':x}, torch.nn.functional.softsign(T(x)).numpy(), fn=r'\text{SoftSign}')
