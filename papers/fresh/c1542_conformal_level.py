from h import *
import math
n,a=50,0.1
run('c1542_conformal_level', {'n':n,r'\alpha':a}, math.ceil((n+1)*(1-a))/n, fn=r'q_{\mathrm{level}}')
