from h import *
# the mean of the squared error over the samples (not the square of the mean error)
rng=np.random.default_rng(1591); N=6; Y=rng.normal(size=N); fX=rng.normal(size=N)
run('c1591_esl_epe', {'Y':Y, 'f(X)':fX}, np.array(np.mean((Y-fX)**2)), fn=r'\mathrm{EPE}')
