from h import *
x=np.linspace(-4,4,11)
run('c28_gelu_sigmoid', {'x':x}, (T(x)*torch.sigmoid(1.702*T(x))).numpy())
