from h import *
x=np.linspace(-5,5,11); run('c303_logsigmoid', {'x':x}, torch.nn.functional.logsigmoid(T(x)).numpy(), fn=r'\text{LogSigmoid}')
