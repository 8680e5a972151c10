from h import *
x=np.linspace(-3,3,13); run('c308_gelu_erf', {'x':x}, torch.nn.functional.gelu(T(x)).numpy(), fn=r'\mathrm{GELU}')
