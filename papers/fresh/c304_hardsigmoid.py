from h import *
x=np.linspace(-5,5,21); run('c304_hardsigmoid', {'x':x}, torch.nn.functional.hardsigmoid(T(x)).numpy(), fn=r'\text{Hardsigmoid}')
