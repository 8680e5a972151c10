from h import *
l,LT,LB=2.31,1000.0,4321.0
run('c962_bits_per_byte', {r'\ell':l, 'L_T':LT, 'L_B':LB}, np.array(LT/LB*l/np.log(2)), fn=r'\text{BPB}')
