from h import *
# for the squared error the negative gradient is the residual y_i - f_{m-1}(x_i)
rng=np.random.default_rng(1659); N=5; y=rng.normal(size=N); f=rng.normal(size=N)
run('c1659_esl_pseudo_residual', {'y':y, 'f_{m-1}(x)':f}, T(y).numpy()-f, fn='r')
