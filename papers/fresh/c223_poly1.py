from h import *
run('c223_poly1', {'P_t':0.3,r'\epsilon_1':1.0}, np.array(-np.log(0.3)+1.0*(1-0.3)))
