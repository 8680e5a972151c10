from h import *
r,a,l=0.9,2.5,0.8
run('c2002_rational_quadratic', {'r':r, r'\alpha':a, r'\ell':l}, np.array((1+r*r/(2*a*l*l))**(-a)))
