from h import *
th=0.8; y=1
run('c1815_blondel_binary_logistic', {r'\theta':th, 'y':y}, np.array(np.log1p(np.exp(th))-th*y), fn=r'\ell')
