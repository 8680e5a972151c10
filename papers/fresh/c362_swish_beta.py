from h import *
x=np.linspace(-3,3,7); b=1.7
run('c362_swish_beta', {'x':x,r'\beta':b}, x/(1+np.exp(-b*x)), fn='f')
