from h import *
run('c206_poly_lr', {r'\eta_0':0.01,'iter':300,'max\\_iter':1000,'power':0.9}, np.array(0.01*(1-300/1000)**0.9))
