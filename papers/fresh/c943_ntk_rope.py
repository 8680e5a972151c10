from h import *
d=8; i=np.arange(d//2); b=10000.0; s=4.0
th=b**(-2*i/d)
run('c943_ntk_rope', {r'\theta':th, 's':s}, th*s**(-2*i/(d-2)), fn='theta_prime', dims={'d':d})
