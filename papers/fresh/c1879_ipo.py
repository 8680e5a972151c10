from h import *
a,b,c,e,tau=0.3,0.1,0.2,0.25,0.5; h=np.log(a*c/(b*e))
run('c1879_ipo', {r'\pi(y_w)':a,r'\pi(y_l)':b,r'\pi_{ref}(y_l)':c,r'\pi_{ref}(y_w)':e,r'\tau':tau}, (h-1/(2*tau))**2, fn='L')
