from h import *
x=np.array([1.,0.]); W=np.ones((2,2)); c=np.array([0.,-1.]); w=np.array([1.,-2.]); b=0.0
run('c1728_gbc_xor_network', {r'\boldsymbol{x}':x, r'\boldsymbol{W}':W, r'\boldsymbol{c}':c, r'\boldsymbol{w}':w, 'b':b}, np.array(w@np.maximum(0,W.T@x+c)+b), fn='f')
