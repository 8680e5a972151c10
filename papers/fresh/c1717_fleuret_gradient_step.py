from h import *
rng=np.random.default_rng(1717); N,D=7,3; x=rng.normal(size=(N,D)); y=rng.normal(size=N); w=rng.normal(size=D); eta=0.1
grad=-2/N*x.T@(y-x@w)
run('c1717_fleuret_gradient_step', {'x':x,'y':y,'w_n':w,r'\eta':eta}, w-eta*grad, fn='w_{n+1}')
