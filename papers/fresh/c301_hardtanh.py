from h import *
x=np.linspace(-3,3,13); run('c301_hardtanh', {'x':x}, torch.nn.functional.hardtanh(T(x)).numpy(), fn=r'\text{HardTanh}')
