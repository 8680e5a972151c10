from h import *
x=np.linspace(-3,2,6)
run('c1772_kan_silu_basis', {'x':x}, x/(1+np.exp(-x)), fn='b')
