from h import *
d=8
# the reference implementation: (arange(0, d, 2) + 0.4 d) / (1.4 d), i.e. i = 0 .. d/2-1
run('c1405_xpos_zeta', {}, (np.arange(0,d,2)+0.4*d)/(1.4*d), fn=r'\zeta', dims={'d':d})
