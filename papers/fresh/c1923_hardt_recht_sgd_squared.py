from h import *
rng=np.random.default_rng(1923); d=4; w=rng.normal(size=d); x=rng.normal(size=d); y=0.7; a=0.1
run('c1923_hardt_recht_sgd_squared', {'w_t':w, 'x_i':x, 'y_i':y, r'\alpha_t':a}, w-a*(w@x-y)*x, fn='w_{t+1}')
