from h import *
# the mean over the samples of the squared error
rng=np.random.default_rng(1594); N=7; W=rng.normal(1.0,0.5,size=N); th=0.8
run('c1594_casella_mse', {'W':W, r'\theta':th}, np.array(np.mean((W-th)**2)), fn=r'\mathrm{MSE}')
