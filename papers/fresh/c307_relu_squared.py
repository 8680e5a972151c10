from h import *
x=np.linspace(-3,3,7); run('c307_relu_squared', {'x':x}, (torch.relu(T(x))**2).numpy(), fn=r'\text{ReLU}^2')
