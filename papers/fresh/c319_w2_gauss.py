from h import *
run('c319_w2_gauss', {r'\mu_1':0.3,r'\mu_2':-1.1,r'\sigma_1':0.5,r'\sigma_2':2.0}, np.array((0.3+1.1)**2+(0.5-2.0)**2), fn='W_2^2')
