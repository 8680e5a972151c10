from h import *
r,l=0.7,1.3; a=np.sqrt(3)*r/l
run('c2001_matern32', {'r':r, r'\ell':l}, np.array((1+a)*np.exp(-a)))
