from h import *
rng=np.random.default_rng(734); M,N=3,4
x=rng.normal(size=M); hp=rng.normal(size=N); W=rng.normal(size=(N,M)); u,b=rng.normal(size=N),rng.normal(size=N)
run('c734_indrnn', {'x_t':x,'h_{t-1}':hp,'W':W,'u':u,'b':b}, np.maximum(0,W@x+u*hp+b), fn='h_t')
