from h import *
x=np.linspace(-2,2,7); l=1.0507; a=1.67326
run('c1773_selu', {'x':x, r'\lambda':l, r'\alpha':a}, l*np.where(x>0,x,a*np.exp(x)-a), fn=r'\text{selu}')
