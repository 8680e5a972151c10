from h import *
rng=np.random.default_rng(1920); d=4; w=rng.normal(size=d)*0.1; x=rng.normal(size=d); y=1.0
exp=w+y*x if y*(w@x)<1 else w
run('c1920_hardt_recht_perceptron', {'w_t':w, 'x_i':x, 'y_i':y}, exp, fn='w_{t+1}')
