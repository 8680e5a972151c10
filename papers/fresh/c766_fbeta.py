from h import *
p,r,b=0.7,0.4,2.0
run('c766_fbeta', {r'\text{precision}':p, r'\text{recall}':r, r'\beta':b}, np.array((1+b*b)*p*r/(b*b*p+r)), fn=r'F_\beta')
